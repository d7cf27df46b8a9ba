package org.sitedesk.print;

/** Where the saved offset of each printout comes from (the database, or none in a test). */
@FunctionalInterface
public interface PrintOffsets {
    PrintOffsets NONE = printoutId -> PrintOffset.NONE;

    PrintOffset offsetOf(String printoutId);
}
