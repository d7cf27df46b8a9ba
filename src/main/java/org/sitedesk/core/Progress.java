package org.sitedesk.core;

/** Where long work (an import, a billing run) reports how far it has come; the window shows a bar. */
@FunctionalInterface
public interface Progress {
    void update(long done, long total);

    Progress NONE = (done, total) -> { };
}
