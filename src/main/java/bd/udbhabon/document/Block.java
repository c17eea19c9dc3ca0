package bd.udbhabon.document;

/** A part of the body of a document or of an annex, laid out top to bottom. */
public sealed interface Block permits Paragraph, Heading, NumberedList, Table, BarChart {
}
