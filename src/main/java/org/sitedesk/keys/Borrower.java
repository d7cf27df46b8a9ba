package org.sitedesk.keys;

import org.sitedesk.core.id.ResidentIdNumber;
import org.sitedesk.estate.IdType;

/**
 * Who takes a key: staff give their name and phone; anyone else also an identity document, checked
 * as the household card checks one (GB 11643 for the resident ID card).
 */
public record Borrower(BorrowerKind kind, String name, String phone, IdType idType, String idNumber) {

    public static Borrower staff(String name, String phone) {
        return new Borrower(BorrowerKind.STAFF, name, phone, null, "");
    }

    /** The ID number as lists and slips show it (DOMAIN.md personal information 2). */
    public String maskedIdNumber() {
        return idNumber == null || idNumber.isEmpty() ? "" : ResidentIdNumber.mask(idNumber);
    }
}
