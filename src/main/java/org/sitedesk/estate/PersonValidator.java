package org.sitedesk.estate;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.core.id.ResidentIdNumber;

/** Checks what a clerk typed for a person, naming the field that is wrong. */
final class PersonValidator {
    private static final int MAX_NAME = 100;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PersonValidator() {
    }

    static PersonDraft check(PersonDraft draft, LocalDate today) {
        String name = draft.name() == null ? "" : draft.name().trim();
        if (name.isEmpty()) {
            throw new UserFacingException("error.person.nameRequired");
        }
        if (name.length() > MAX_NAME) {
            throw new UserFacingException("error.person.nameTooLong", MAX_NAME);
        }
        if (draft.role() == null) {
            throw new UserFacingException("error.person.roleRequired");
        }
        IdType idType = draft.idType() == null ? IdType.RESIDENT_ID : draft.idType();
        String idNumber = draft.idNumber() == null ? "" : draft.idNumber().trim().toUpperCase();
        if (draft.role() == PersonRole.OWNER && idNumber.isEmpty()) {
            throw new UserFacingException("error.person.ownerNeedsId");
        }
        if (!idNumber.isEmpty() && idType.isChecked()) {
            ResidentIdNumber.check(idNumber, today).ifPresent(problem -> {
                throw new UserFacingException(problem.messageKey());
            });
        }
        String phone = draft.phone() == null ? "" : draft.phone().trim();
        if (!phone.isEmpty() && !PhoneNumber.isValid(phone)) {
            throw new UserFacingException("error.person.phoneForm", phone);
        }
        draft.share().ifPresent(share -> {
            if (share.signum() <= 0 || share.compareTo(HUNDRED) > 0 || share.scale() > 2) {
                throw new UserFacingException("error.person.shareRange");
            }
        });
        draft.since().ifPresent(since -> {
            if (since.isAfter(today)) {
                throw new UserFacingException("error.person.sinceInFuture");
            }
        });
        return new PersonDraft(draft.role(), name, idType, idNumber, phone, draft.share(), draft.since(),
                draft.notes() == null ? "" : draft.notes().trim());
    }
}
