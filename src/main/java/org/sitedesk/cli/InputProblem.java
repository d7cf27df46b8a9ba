package org.sitedesk.cli;

/** One problem in a file the user gave, printed as {@code file:line:column: message}. */
public record InputProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
