package org.sitedesk.estate.ui;

import org.sitedesk.core.id.ResidentIdNumber;
import org.sitedesk.estate.Lined;
import org.sitedesk.estate.OwnerRow;
import org.sitedesk.estate.UnitRow;
import org.sitedesk.ui.UiContext;

/** One row of an import file as the preview shows it; personal numbers masked. */
public record PreviewRow(String file, int line, String room, String details) {
    static PreviewRow of(Lined<UnitRow> line, UiContext ui) {
        UnitRow unit = line.row();
        return new PreviewRow(shortName(line.file()), line.line(), unit.room().toString(),
                ui.format("importScreen.unitDetails", ui.messages().get(unit.type()), unit.area().toPlainString(),
                        unit.floor()));
    }

    static PreviewRow ofOwner(Lined<OwnerRow> line, UiContext ui) {
        OwnerRow owner = line.row();
        String id = owner.idType().isChecked()
                ? ResidentIdNumber.mask(owner.idNumber()) : ui.messages().get(owner.idType());
        return new PreviewRow(shortName(line.file()), line.line(), owner.room().toString(),
                ui.format("importScreen.ownerDetails", owner.name(), id));
    }

    private static String shortName(String file) {
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    }
}
