package org.sitedesk.estate.ui;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.sitedesk.estate.HouseholdCard;
import org.sitedesk.estate.Pet;
import org.sitedesk.estate.Vehicle;
import org.sitedesk.ui.IsoDatePicker;
import org.sitedesk.ui.Tables;
import org.sitedesk.ui.UiContext;

/** 车辆 and 宠物 tabs: a list and a line to add one. */
final class VehiclesAndPets {
    private final TableView<Vehicle> vehicleTable = new TableView<>();
    private final TableView<Pet> petTable = new TableView<>();
    private final HouseholdCardViewModel model;
    private final UiContext ui;

    VehiclesAndPets(HouseholdCardViewModel model, UiContext ui) {
        this.model = model;
        this.ui = ui;
        vehicleTable.setId("vehiclesTable");
        vehicleTable.getColumns().add(Tables.textColumn(ui.text("vehicle.plate"), 120, Vehicle::plate));
        vehicleTable.getColumns().add(Tables.textColumn(ui.text("vehicle.space"), 140, Vehicle::parkingSpace));
        vehicleTable.getColumns().add(Tables.textColumn(ui.text("person.since"), 100, vehicle -> date(vehicle.since())));
        vehicleTable.getColumns().add(Tables.textColumn(ui.text("person.until"), 100, vehicle -> date(vehicle.until())));
        vehicleTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(vehicleTable, ui.text("table.empty"));
        petTable.setId("petsTable");
        petTable.getColumns().add(Tables.textColumn(ui.text("pet.kind"), 100, Pet::kind));
        petTable.getColumns().add(Tables.textColumn(ui.text("pet.name"), 100, Pet::name));
        petTable.getColumns().add(Tables.textColumn(ui.text("pet.licence"), 140, Pet::licence));
        petTable.getColumns().add(Tables.textColumn(ui.text("pet.vaccinated"), 120, pet -> date(pet.vaccinatedOn())));
        petTable.getColumns().add(Tables.textColumn(ui.text("person.until"), 100, pet -> date(pet.until())));
        petTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Tables.placeholder(petTable, ui.text("table.empty"));
    }

    VBox vehicles() {
        TextField plate = prompt("vehiclePlate", ui.text("vehicle.plate"));
        TextField space = prompt("vehicleSpace", ui.text("vehicle.space"));
        Button add = addButton("addVehicleButton", () -> model.addVehicle(plate.getText(), space.getText(), () -> {
            plate.clear();
            space.clear();
        }));
        HBox line = new HBox(8, plate, space, add);
        line.setDisable(!model.mayEdit());
        return new VBox(10, vehicleTable, line);
    }

    VBox pets() {
        TextField kind = prompt("petKind", ui.text("pet.kind"));
        TextField name = prompt("petName", ui.text("pet.name"));
        TextField licence = prompt("petLicence", ui.text("pet.licence"));
        DatePicker vaccinated = IsoDatePicker.create();
        vaccinated.setId("petVaccinated");
        Button add = addButton("addPetButton", () -> model.addPet(kind.getText(), name.getText(), licence.getText(),
                vaccinated.getValue(), () -> {
                    kind.clear();
                    name.clear();
                    licence.clear();
                    vaccinated.setValue(null);
                }));
        HBox line = new HBox(8, kind, name, licence, vaccinated, add);
        line.setDisable(!model.mayEdit());
        return new VBox(10, petTable, line);
    }

    void show(HouseholdCard card) {
        vehicleTable.getItems().setAll(card.vehicles());
        petTable.getItems().setAll(card.pets());
    }

    private TextField prompt(String id, String text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(text);
        return field;
    }

    private Button addButton(String id, Runnable action) {
        Button add = new Button(ui.text("button.add"));
        add.setId(id);
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(event -> action.run());
        return add;
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse("");
    }
}
