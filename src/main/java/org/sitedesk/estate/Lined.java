package org.sitedesk.estate;

/** A row read from an import file, with where it came from, so problems can name the line. */
public record Lined<T>(String file, int line, T row) {
}
