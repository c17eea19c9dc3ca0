package bd.udbhabon.initiative.web;

import bd.udbhabon.shell.FormText;

/** A superior office's comment on an initiative. */
record CommentForm(@FormText(max = 4000) String textBn) {
}
