package org.sitedesk.archive;

import java.util.Comparator;
import org.sitedesk.estate.NaturalOrder;
import org.sitedesk.estate.RoomCode;

/**
 * 档案编号: building, floor, entrance, room and the unit's sequence, joined by {@code -}; unit
 * 3-2-1502 on floor 15 gets {@code 3-15-2-1502-01}, {@code 3-15-2-1502-02}, …. Read as the clerk
 * reads numbers (2 before 10), they sort building → floor → room → sequence, the order of the
 * shelves. The floor stands second, although the room number repeats it, because the room code alone
 * sorts by entrance before floor.
 */
public final class FileNumber {
    /** The order of the shelves: building, floor (basements first), entrance, room, sequence. */
    public static final Comparator<Shelved> SHELF_ORDER = Comparator
            .comparing((Shelved shelved) -> shelved.room().building(), NaturalOrder.INSTANCE)
            .thenComparingInt(Shelved::floorOrder)
            .thenComparing(shelved -> shelved.room().entrance(), NaturalOrder.INSTANCE)
            .thenComparing(shelved -> shelved.room().room(), NaturalOrder.INSTANCE)
            .thenComparingInt(Shelved::sequence);

    private FileNumber() {
    }

    /** Something with a place on the shelves: a unit's room and floor, and a sequence within the unit. */
    public interface Shelved {
        RoomCode room();

        int floorOrder();

        int sequence();
    }

    public static String of(RoomCode room, String floorLabel, int sequence) {
        return room.building() + "-" + floorLabel.trim().toUpperCase(java.util.Locale.ROOT) + "-" + room.entrance() + "-"
                + room.room() + "-" + String.format("%02d", sequence);
    }

    /** A room's place on the shelves, before any document (for the ranges of boxes). */
    public static Shelved place(RoomCode room, int floorOrder) {
        return new Place(room, floorOrder, 0);
    }

    private record Place(RoomCode room, int floorOrder, int sequence) implements Shelved {
    }
}
