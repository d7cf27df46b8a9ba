package org.sitedesk.shell.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sitedesk.core.audit.AuditAction;
import org.sitedesk.core.audit.AuditEntry;
import org.sitedesk.core.audit.AuditQuery;
import org.sitedesk.core.audit.AuditSearch;
import org.sitedesk.core.users.Actor;
import org.sitedesk.ui.FormState;
import org.sitedesk.ui.UiContext;

/** 审计日志: who changed what and when, searched by dates, person and text. */
public final class AuditViewModel {
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty actorFilter = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final FormState form;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final AuditSearch search;
    private final Actor actor;
    private final UiContext ui;
    private final Map<String, AuditAction> actions;
    private final AuditSummaryText summaries;

    public AuditViewModel(AuditSearch search, Actor actor, UiContext ui, List<AuditAction> knownActions) {
        this.search = search;
        this.actor = actor;
        this.ui = ui;
        this.actions = knownActions.stream().collect(Collectors.toMap(AuditAction::code, Function.identity()));
        this.summaries = new AuditSummaryText(ui.messages());
        this.form = new FormState(ui);
        LocalDate today = LocalDate.now(ui.clock());
        from.set(today.minusDays(30));
        to.set(today);
    }

    public void search() {
        if (from.get() != null && to.get() != null && from.get().isAfter(to.get())) {
            form.showMessage("audit.error.range");
            return;
        }
        AuditQuery query = new AuditQuery(Optional.ofNullable(from.get()), Optional.ofNullable(to.get()),
                actorFilter.get(), text.get(), AuditQuery.DEFAULT_LIMIT);
        form.run(progress -> search.search(actor, query), found -> {
            entries.setAll(found);
            form.showText(found.size() >= query.limit()
                    ? ui.format("audit.status.limited", query.limit())
                    : ui.format("audit.status.found", found.size()));
        });
    }

    public String actionOf(AuditEntry entry) {
        AuditAction action = actions.get(entry.actionCode());
        return action == null ? entry.actionCode() : ui.messages().get(action);
    }

    public String summaryOf(AuditEntry entry) {
        return summaries.show(entry.summary());
    }

    /** The search as a printed list states it under its title: dates, person, text. */
    public String filterDescription() {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(ui.format("audit.printed.dates", from.get() == null ? "…" : from.get().toString(),
                to.get() == null ? "…" : to.get().toString()));
        if (!actorFilter.get().isBlank()) {
            parts.add(ui.format("audit.printed.actor", actorFilter.get().trim()));
        }
        if (!text.get().isBlank()) {
            parts.add(ui.format("audit.printed.text", text.get().trim()));
        }
        return String.join(" · ", parts);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty actorFilterProperty() {
        return actorFilter;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty statusProperty() {
        return form.messageProperty();
    }

    public BooleanProperty busyProperty() {
        return form.busyProperty();
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }
}
