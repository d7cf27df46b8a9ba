package org.sitedesk.archive;

import org.sitedesk.estate.RoomCode;

/** 档案盒: its number, cabinet, category and the rooms it holds, with how many documents are in it. */
public record Box(long id, String code, long cabinetId, String cabinetCode, String category, RoomCode firstRoom,
        int firstFloorOrder, RoomCode lastRoom, int lastFloorOrder, int documents) {

    /** Whether a room belongs in this box: between its first and last room in shelf order. */
    public boolean holds(RoomCode room, int floorOrder) {
        FileNumber.Shelved place = FileNumber.place(room, floorOrder);
        return FileNumber.SHELF_ORDER.compare(FileNumber.place(firstRoom, firstFloorOrder), place) <= 0
                && FileNumber.SHELF_ORDER.compare(place, FileNumber.place(lastRoom, lastFloorOrder)) <= 0;
    }

    /** 3-1-101～3-1-1802 */
    public String range() {
        return firstRoom + "～" + lastRoom;
    }
}
