package org.sitedesk.archive;

/** 档案柜: a code and where it stands. */
public record Cabinet(long id, String code, String place) {
}
