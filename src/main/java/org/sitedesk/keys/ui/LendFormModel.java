package org.sitedesk.keys.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.estate.IdType;
import org.sitedesk.keys.Borrower;
import org.sitedesk.keys.BorrowerKind;
import org.sitedesk.keys.LoanDraft;

/**
 * 借出 as the clerk fills it in: who (staff by default), phone, the ID for anyone else, the purpose
 * and when the key is due back (today at half past five, or tomorrow once that has passed).
 */
public final class LendFormModel {
    private static final LocalTime END_OF_DAY = LocalTime.of(17, 30);

    private final ObjectProperty<BorrowerKind> kind = new SimpleObjectProperty<>(BorrowerKind.STAFF);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<IdType> idType = new SimpleObjectProperty<>(IdType.RESIDENT_ID);
    private final StringProperty idNumber = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    private final StringProperty dueTime = new SimpleStringProperty("");
    private final Clock clock;

    public LendFormModel(Clock clock) {
        this.clock = clock;
        clear();
    }

    /** Empty again, due at the end of the working day. */
    public void clear() {
        kind.set(BorrowerKind.STAFF);
        name.set("");
        phone.set("");
        idType.set(IdType.RESIDENT_ID);
        idNumber.set("");
        purpose.set("");
        LocalDateTime now = LocalDateTime.now(clock);
        dueDate.set(now.toLocalTime().isBefore(END_OF_DAY) ? now.toLocalDate() : now.toLocalDate().plusDays(1));
        dueTime.set(END_OF_DAY.toString());
    }

    /** The loan as typed; a time that is not HH:MM is refused here, everything else by the service. */
    LoanDraft draft() {
        LocalTime time;
        try {
            time = LocalTime.parse(dueTime.get() == null ? "" : dueTime.get().trim());
        } catch (DateTimeParseException e) {
            throw new UserFacingException("keys.lend.timeForm", dueTime.get());
        }
        if (dueDate.get() == null) {
            throw new UserFacingException("error.loan.dueFuture");
        }
        BorrowerKind who = kind.get();
        Borrower borrower = new Borrower(who, name.get(), phone.get(), who != null && who.showsId() ? idType.get() : null,
                who != null && who.showsId() ? idNumber.get() : "");
        return new LoanDraft(borrower, purpose.get(), dueDate.get().atTime(time).atZone(clock.getZone()).toInstant());
    }

    public ObjectProperty<BorrowerKind> kindProperty() {
        return kind;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<IdType> idTypeProperty() {
        return idType;
    }

    public StringProperty idNumberProperty() {
        return idNumber;
    }

    public StringProperty purposeProperty() {
        return purpose;
    }

    public ObjectProperty<LocalDate> dueDateProperty() {
        return dueDate;
    }

    public StringProperty dueTimeProperty() {
        return dueTime;
    }
}
