package org.sitedesk.print;

/** One column of a list as the screen shows it: its heading and its width on screen (any unit). */
public record RegisterColumn(String title, double width) {
}
