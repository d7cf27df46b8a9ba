package org.sitedesk.estate.files;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitedesk.estate.Lined;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.UnitRow;
import org.sitedesk.estate.UnitType;

/**
 * Units files (DESIGN.md "Import formats", units): every row checked, every problem collected
 * with its line and column, nothing stopped at the first.
 */
public final class UnitRowParser {
    private UnitRowParser() {
    }

    public static List<Lined<UnitRow>> parse(Table table, Header header, List<FileProblem> problems) {
        List<Lined<UnitRow>> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (TableRow row : table.rows().subList(1, table.rows().size())) {
            Cells cells = new Cells(table, header, row, problems);
            int before = problems.size();
            header.checkWidth(table.file(), row, problems);
            Optional<RoomCode> room = cells.room();
            Optional<String> building = cells.required("building");
            Optional<String> entrance = cells.required("unit");
            Optional<String> floor = cells.required("floor").filter(text -> {
                boolean ok = text.matches("(?i)-?\\d{1,3}|B\\d{1,2}");
                if (!ok) {
                    cells.problem("floor", "import.unit.floorForm", text);
                }
                return ok;
            });
            Optional<UnitType> type = cells.required("type").flatMap(text -> {
                Optional<UnitType> parsed = UnitType.ofWord(text);
                if (parsed.isEmpty()) {
                    cells.problem("type", "import.unit.typeUnknown", text);
                }
                return parsed;
            });
            Optional<BigDecimal> area = cells.required("area").flatMap(text -> area(cells, text));
            Optional<LocalDate> handover = cells.date("handover");
            room.ifPresent(code -> {
                building.filter(text -> !text.equalsIgnoreCase(code.building()))
                        .ifPresent(text -> cells.problem("building", "import.unit.buildingMismatch", text, code));
                entrance.filter(text -> !text.equalsIgnoreCase(code.entrance()))
                        .ifPresent(text -> cells.problem("unit", "import.unit.entranceMismatch", text, code));
                Integer first = seen.putIfAbsent(code.toString(), row.line());
                if (first != null) {
                    cells.problem("room", "import.unit.duplicateRoom", code, first);
                }
            });
            if (problems.size() == before) {
                rows.add(new Lined<>(table.file(), row.line(), new UnitRow(room.orElseThrow(),
                        room.get().building(), room.get().entrance(), floor.orElseThrow().toUpperCase(),
                        type.orElseThrow(), area.orElseThrow(), handover)));
            }
        }
        return rows;
    }

    private static Optional<BigDecimal> area(Cells cells, String text) {
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            cells.problem("area", "import.unit.areaForm", text);
            return Optional.empty();
        }
        if (value.signum() <= 0) {
            cells.problem("area", "import.unit.areaPositive", text);
            return Optional.empty();
        }
        if (value.stripTrailingZeros().scale() > 2) {
            cells.problem("area", "import.unit.areaDecimals", text);
            return Optional.empty();
        }
        return Optional.of(value.setScale(2));
    }
}
