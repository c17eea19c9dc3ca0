package bd.udbhabon.people.web;

import bd.udbhabon.people.Holding;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.Post;

/** One holding with the officer and the post it joins, for history tables. */
public record HistoryRow(Holding holding, Officer officer, Post post) {
}
