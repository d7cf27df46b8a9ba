package org.sitedesk.repair.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.repair.Category;
import org.sitedesk.repair.CommonArea;
import org.sitedesk.repair.Engineer;
import org.sitedesk.repair.EngineerDraft;
import org.sitedesk.repair.EngineerService;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.RepairSettings;
import org.sitedesk.repair.RepairSettingsService;
import org.sitedesk.repair.TimeLimit;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/**
 * 维修人员与服务标准: the team (skills, on duty, open work), and the site's service levels — time
 * limits per priority and category, return visit and rework days, targets — with its categories
 * and common areas.
 */
public final class EngineersViewModel {
    private final ObservableList<Engineer> engineers = FXCollections.observableArrayList();
    private final ObservableList<TimeLimit> limits = FXCollections.observableArrayList();
    private final ObservableList<Category> categories = FXCollections.observableArrayList();
    private final ObservableList<CommonArea> areas = FXCollections.observableArrayList();
    private final ObjectProperty<Engineer> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty skills = new SimpleStringProperty("");
    private final BooleanProperty onDuty = new SimpleBooleanProperty(true);
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ObjectProperty<Priority> limitPriority = new SimpleObjectProperty<>(Priority.EMERGENCY);
    private final ObjectProperty<Category> limitCategory = new SimpleObjectProperty<>();
    private final StringProperty arriveMinutes = new SimpleStringProperty("");
    private final StringProperty finishMinutes = new SimpleStringProperty("");
    private final StringProperty returnVisitDays = new SimpleStringProperty("");
    private final StringProperty reworkDays = new SimpleStringProperty("");
    private final StringProperty reworkTarget = new SimpleStringProperty("");
    private final StringProperty satisfactionTarget = new SimpleStringProperty("");
    private final StringProperty categoryCode = new SimpleStringProperty("");
    private final StringProperty categoryName = new SimpleStringProperty("");
    private final StringProperty areaName = new SimpleStringProperty("");
    private final FormState form;
    private final EngineerService service;
    private final RepairSettingsService settings;
    private final Actor actor;
    private final UiContext ui;
    private RepairSettings current;

    public EngineersViewModel(EngineerService service, RepairSettingsService settings, Actor actor, UiContext ui) {
        this.service = service;
        this.settings = settings;
        this.actor = actor;
        this.ui = ui;
        this.form = new FormState(ui);
        selected.addListener((observable, old, engineer) -> {
            name.set(engineer == null ? "" : engineer.name());
            phone.set(engineer == null ? "" : engineer.phone());
            skills.set(engineer == null ? "" : engineer.skills());
            onDuty.set(engineer == null || engineer.onDuty());
            active.set(engineer == null || engineer.active());
        });
    }

    public void load() {
        loadThenSay("");
    }

    /** Loads again, then says what was done (loading clears the message line). */
    private void loadThenSay(String text) {
        form.run(progress -> new Loaded(service.engineers(), settings.load(), settings.categories(), settings.commonAreas()),
                loaded -> {
                    show(loaded);
                    form.showText(text);
                });
    }

    private void show(Loaded loaded) {
        engineers.setAll(loaded.engineers());
        categories.setAll(loaded.categories());
        areas.setAll(loaded.areas().stream().filter(CommonArea::active).toList());
        current = loaded.settings();
        limits.setAll(current.limits());
        returnVisitDays.set(Integer.toString(current.returnVisitDays()));
        reworkDays.set(Integer.toString(current.reworkWindowDays()));
        reworkTarget.set(Integer.toString(current.reworkTargetPercent()));
        satisfactionTarget.set(Integer.toString(current.satisfactionTargetPercent()));
    }

    /** Saves the form as a new engineer, or as the chosen one. */
    public void saveEngineer(boolean asNew) {
        Optional<Long> id = asNew || selected.get() == null ? Optional.empty() : Optional.of(selected.get().id());
        EngineerDraft draft = new EngineerDraft(name.get(), phone.get(), skills.get(), onDuty.get(), active.get());
        form.run(progress -> service.save(actor, id, draft), saved -> {
            loadThenSay(ui.format("engineers.saved", saved.name()));
        });
    }

    /** 上班 / 下班 for the chosen engineer. */
    public void toggleDuty() {
        Engineer engineer = selected.get();
        if (engineer == null) {
            form.showMessage("engineers.chooseOne");
            return;
        }
        form.run(progress -> {
            service.setOnDuty(actor, engineer.id(), !engineer.onDuty());
            return engineer;
        }, done -> {
            loadThenSay(ui.format(done.onDuty() ? "engineers.offDuty" : "engineers.onDuty", done.name()));
        });
    }

    /** Sets one time limit (a category's own, or the priority's for all categories) and the other service levels. */
    public void saveLevels() {
        if (current == null) {
            return;
        }
        List<TimeLimit> wanted = new ArrayList<>(current.limits());
        if (!arriveMinutes.get().isBlank() || !finishMinutes.get().isBlank()) {
            Optional<Integer> arrive = number(arriveMinutes.get());
            Optional<Integer> finish = number(finishMinutes.get());
            if (arrive.isEmpty() || finish.isEmpty()) {
                form.showMessage("engineers.minutesFormat");
                return;
            }
            String code = limitCategory.get() == null ? TimeLimit.ANY_CATEGORY : limitCategory.get().code();
            wanted.removeIf(limit -> limit.priority() == limitPriority.get() && limit.categoryCode().equals(code));
            wanted.add(new TimeLimit(limitPriority.get(), code, arrive.get(), finish.get()));
        }
        Optional<Integer> visit = number(returnVisitDays.get());
        Optional<Integer> window = number(reworkDays.get());
        Optional<Integer> rework = number(reworkTarget.get());
        Optional<Integer> satisfaction = number(satisfactionTarget.get());
        if (visit.isEmpty() || window.isEmpty() || rework.isEmpty() || satisfaction.isEmpty()) {
            form.showMessage("engineers.levelsFormat");
            return;
        }
        RepairSettings changed = new RepairSettings(wanted, visit.get(), window.get(), rework.get(), satisfaction.get());
        form.run(progress -> settings.save(actor, changed), saved -> {
            arriveMinutes.set("");
            finishMinutes.set("");
            loadThenSay(ui.text("engineers.levelsSaved"));
        });
    }

    /** Takes a category's own limit away, so the priority's limit for all categories applies again. */
    public void removeLimit(TimeLimit limit) {
        if (current == null || limit == null || limit.categoryCode().equals(TimeLimit.ANY_CATEGORY)) {
            form.showMessage("engineers.keepDefault");
            return;
        }
        List<TimeLimit> wanted = new ArrayList<>(current.limits());
        wanted.remove(limit);
        RepairSettings changed = new RepairSettings(wanted, current.returnVisitDays(), current.reworkWindowDays(),
                current.reworkTargetPercent(), current.satisfactionTargetPercent());
        form.run(progress -> settings.save(actor, changed), saved -> {
            loadThenSay(ui.text("engineers.levelsSaved"));
        });
    }

    public void saveCategory() {
        String code = categoryCode.get();
        int order = categories.stream().filter(category -> category.code().equalsIgnoreCase(code.trim())).findFirst()
                .map(Category::sortOrder).orElse(categories.size() + 1);
        form.run(progress -> settings.saveCategory(actor, new Category(code, categoryName.get(), order, true)), saved -> {
            categoryCode.set("");
            categoryName.set("");
            loadThenSay(ui.format("engineers.categorySaved", saved.name()));
        });
    }

    public void addArea() {
        form.run(progress -> settings.addCommonArea(actor, areaName.get()), saved -> {
            areaName.set("");
            loadThenSay(ui.format("engineers.areaSaved", saved.name()));
        });
    }

    public void retireArea(CommonArea area) {
        if (area == null) {
            return;
        }
        form.run(progress -> {
            settings.retireCommonArea(actor, area.id());
            return area;
        }, retired -> {
            loadThenSay(ui.format("engineers.areaRetired", retired.name()));
        });
    }

    /** The category a limit row names, in words. */
    public String categoryOf(TimeLimit limit) {
        if (limit.categoryCode().equals(TimeLimit.ANY_CATEGORY)) {
            return ui.text("engineers.allCategories");
        }
        return categories.stream().filter(category -> category.code().equals(limit.categoryCode())).findFirst()
                .map(Category::name).orElse(limit.categoryCode());
    }

    public boolean mayManage() {
        return actor.may(Permission.MANAGE_REPAIRS);
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public ObservableList<Engineer> engineers() {
        return engineers;
    }

    public ObservableList<TimeLimit> limits() {
        return limits;
    }

    public ObservableList<Category> categories() {
        return categories;
    }

    public ObservableList<CommonArea> areas() {
        return areas;
    }

    public ObjectProperty<Engineer> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty skillsProperty() {
        return skills;
    }

    public BooleanProperty onDutyProperty() {
        return onDuty;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ObjectProperty<Priority> limitPriorityProperty() {
        return limitPriority;
    }

    public ObjectProperty<Category> limitCategoryProperty() {
        return limitCategory;
    }

    public StringProperty arriveMinutesProperty() {
        return arriveMinutes;
    }

    public StringProperty finishMinutesProperty() {
        return finishMinutes;
    }

    public StringProperty returnVisitDaysProperty() {
        return returnVisitDays;
    }

    public StringProperty reworkDaysProperty() {
        return reworkDays;
    }

    public StringProperty reworkTargetProperty() {
        return reworkTarget;
    }

    public StringProperty satisfactionTargetProperty() {
        return satisfactionTarget;
    }

    public StringProperty categoryCodeProperty() {
        return categoryCode;
    }

    public StringProperty categoryNameProperty() {
        return categoryName;
    }

    public StringProperty areaNameProperty() {
        return areaName;
    }

    public StringProperty messageProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    /** What one load brings back. */
    private record Loaded(List<Engineer> engineers, RepairSettings settings, List<Category> categories,
            List<CommonArea> areas) {
    }
}
