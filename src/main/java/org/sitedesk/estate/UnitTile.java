package org.sitedesk.estate;

/** One cell of the floor-by-floor grid: the room, its use and occupancy, its owners' names. */
public record UnitTile(long unitId, RoomCode room, String floor, int floorOrder, UnitType type, Occupancy occupancy,
        String ownerNames) {
}
