package org.sitedesk.estate.files;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.core.id.ResidentIdNumber;
import org.sitedesk.estate.IdType;
import org.sitedesk.estate.Lined;
import org.sitedesk.estate.OwnerRow;
import org.sitedesk.estate.RoomCode;

/**
 * Owners files (DESIGN.md "Import formats", owners): resident ID numbers pass GB 11643 with a real
 * birth date (DOMAIN.md personal information 4); several owners per room are allowed.
 */
public final class OwnerRowParser {
    private OwnerRowParser() {
    }

    public static List<Lined<OwnerRow>> parse(Table table, Header header, List<FileProblem> problems, LocalDate today) {
        List<Lined<OwnerRow>> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TableRow row : table.rows().subList(1, table.rows().size())) {
            Cells cells = new Cells(table, header, row, problems);
            int before = problems.size();
            header.checkWidth(table.file(), row, problems);
            Optional<RoomCode> room = cells.room();
            Optional<String> name = cells.required("name");
            String typeText = cells.optional("id_type");
            Optional<IdType> idType = IdType.ofWord(typeText);
            if (idType.isEmpty()) {
                cells.problem("id_type", "import.owner.idTypeUnknown", typeText);
            }
            Optional<String> idNumber = cells.required("id_number").map(text -> text.toUpperCase(Locale.ROOT));
            if (idNumber.isPresent() && idType.map(IdType::isChecked).orElse(false)) {
                ResidentIdNumber.check(idNumber.get(), today)
                        .ifPresent(problem -> cells.problem("id_number", problem.messageKey()));
            }
            String phone = cells.optional("phone");
            if (!phone.isEmpty() && !PhoneNumber.isValid(phone)) {
                cells.problem("phone", "error.person.phoneForm", phone);
            }
            Optional<LocalDate> since = cells.date("since");
            since.filter(date -> date.isAfter(today)).ifPresent(date -> cells.problem("since", "error.person.sinceInFuture"));
            if (room.isPresent() && idNumber.isPresent()) {
                Integer first = seen.putIfAbsent(room.get() + "|" + idNumber.get(), row.line());
                if (first != null) {
                    cells.problem("id_number", "import.owner.duplicate", name.orElse(""), first);
                }
            }
            if (problems.size() == before) {
                rows.add(new Lined<>(table.file(), row.line(), new OwnerRow(room.orElseThrow(), name.orElseThrow(),
                        idType.orElseThrow(), idNumber.orElseThrow(), phone, since)));
            }
        }
        return rows;
    }
}
