package org.sitedesk.keys;

/** A key cabinet (钥匙柜): its code (A, B, …), name, where it stands, and how many numbered hooks it has. */
public record Cabinet(long id, String code, String name, String place, int hookCount) {

    public Hook hook(int number) {
        return new Hook(code, number);
    }
}
