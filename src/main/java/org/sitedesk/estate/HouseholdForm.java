package org.sitedesk.estate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.print.Printout;
import org.sitedesk.print.PrintoutTypes;

/** 业主登记表: one unit's current household as a printout, ID numbers and phones masked. */
public final class HouseholdForm {

    private HouseholdForm() {
    }

    public static Printout of(HouseholdCard card, PrintStamp stamp, Messages messages) {
        Unit unit = card.unit();
        List<Map<String, ?>> rows = new ArrayList<>();
        List<Person> people = new ArrayList<>(card.currentOwners());
        people.addAll(card.currentMembers());
        for (Person person : people) {
            rows.add(Map.of(
                    "role", messages.get(person.role()),
                    "name", person.name(),
                    "idType", messages.get(person.idType()),
                    "idNumber", person.maskedIdNumber(),
                    "phone", person.maskedPhone(),
                    "since", person.since().map(Object::toString).orElse("")));
        }
        String none = messages.get("print.none");
        String vehicles = card.vehicles().stream().filter(vehicle -> vehicle.until().isEmpty())
                .map(vehicle -> vehicle.plate() + (vehicle.parkingSpace().isEmpty() ? "" : "（" + vehicle.parkingSpace() + "）"))
                .collect(Collectors.joining("；"));
        String pets = card.pets().stream().filter(pet -> pet.until().isEmpty())
                .map(pet -> pet.kind() + (pet.name().isEmpty() ? "" : " " + pet.name()))
                .collect(Collectors.joining("；"));
        Map<String, Object> parameters = Map.ofEntries(
                Map.entry("ROOM", unit.room().toString()),
                Map.entry("UNIT_TYPE", messages.get(unit.type())),
                Map.entry("AREA", unit.area().toPlainString()),
                Map.entry("FLOOR", messages.format("estate.floor", unit.floor())),
                Map.entry("HANDOVER", unit.handover().map(Object::toString).orElse(messages.get("card.noHandover"))),
                Map.entry("OCCUPANCY", messages.get(unit.occupancy())),
                Map.entry("VEHICLES", vehicles.isEmpty() ? none : vehicles),
                Map.entry("PETS", pets.isEmpty() ? none : pets));
        return new Printout(PrintoutTypes.HOUSEHOLD, messages.language().locale(),
                stamp.with(parameters), rows);
    }
}
