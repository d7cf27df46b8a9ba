package org.sitedesk.estate;

import java.util.List;

/** Everything the household card shows for one unit; past people stay, with their end date. */
public record HouseholdCard(Unit unit, List<Person> people, List<Vehicle> vehicles, List<Pet> pets,
        List<Transfer> transfers) {

    public List<Person> currentOwners() {
        return people.stream().filter(p -> p.role() == PersonRole.OWNER && p.isCurrent()).toList();
    }

    public List<Person> currentMembers() {
        return people.stream().filter(p -> p.role() != PersonRole.OWNER && p.isCurrent()).toList();
    }

    public List<Person> pastPeople() {
        return people.stream().filter(p -> !p.isCurrent()).toList();
    }
}
