package fi.avustukset.platform.pdf;

/**
 * Makes and stores (once, in {@link StoredDocuments}) the document of one kind for a case, on
 * demand: e.g. the decision letter of an application, rendered when its mail is delivered
 * instead of inside the process step that made the decision final (BENCHMARKS.md). A feature
 * that issues such a document registers one bean per kind.
 */
public interface DocumentSource {

  /** The stored document kind, e.g. {@code DECISION_LETTER}. */
  String kind();

  /** Stores the case's document unless it is stored already; returns the stored one's id. */
  long store(String businessKey);

  /** A document to be made by its source when it is needed (e.g. attached to a mail). */
  record Ref(String kind, String businessKey) {}
}
