package org.sitedesk.archive;

/** Where a document stands: its box and the cabinet the box is in. */
public record BoxRef(long id, String code, String cabinetCode) {
    /** 柜 A01 / 盒 1-001, as lists show it. */
    public String place() {
        return cabinetCode + " / " + code;
    }
}
