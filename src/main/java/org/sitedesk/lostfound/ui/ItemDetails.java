package org.sitedesk.lostfound.ui;

import org.sitedesk.core.files.FileKind;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.sitedesk.core.id.PhoneNumber;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.Match;
import org.sitedesk.core.files.FileKind;
import org.sitedesk.ui.FormFields;
import org.sitedesk.ui.FormGrid;
import org.sitedesk.ui.UiContext;

/**
 * The chosen item as the clerk reads it: the public and the private part, where and when found,
 * who found and received it, the cash and its witness, its notice and period, what became of it, its
 * photo, and the open lost reports it may answer.
 */
final class ItemDetails extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final double PHOTO_WIDTH = 220;

    private final UiContext ui;
    private final Function<FoundItem, Optional<Path>> photos;
    private final VBox body = new VBox(8);

    ItemDetails(LostFoundViewModel model, UiContext ui) {
        super(8);
        this.ui = ui;
        this.photos = model::photo;
        setId("itemDetails");
        ListView<Match> matches = new ListView<>(model.matches());
        matches.setId("itemMatches");
        matches.setPrefHeight(150);
        matches.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            {
                // a cell as wide as the list, its sentence wrapped instead of scrolled sideways
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Match match, boolean empty) {
                super.updateItem(match, empty);
                setText(empty || match == null ? null : ui.format("lostFound.matchReport", match.report().number(),
                        match.report().reporter(), match.report().description(), CommonWordsShown.of(match)));
            }
        });
        matches.setPlaceholder(new Label(ui.text("lostFound.noMatches")));
        Label matchesTitle = new Label(ui.text("lostFound.matchesTitle"));
        matchesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        getChildren().addAll(body, matchesTitle, matches);
        model.selectedProperty().addListener((observable, old, item) -> show(item));
        show(model.selectedProperty().get());
    }

    private void show(FoundItem item) {
        body.getChildren().clear();
        if (item == null) {
            body.getChildren().add(FormFields.muted(ui, "lostFound.chooseItem"));
            return;
        }
        Label title = new Label(item.number() + "  " + item.description());
        title.setId("detailTitle");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        FormGrid grid = new FormGrid()
                .row(ui.text("lostFound.detail.private"), wrapped("detailPrivate", item.privateDetail()))
                .row(ui.text("lostFound.column.category"), wrapped("detailCategory", item.category().name() + " · "
                        + ui.messages().get(item.valueClass())))
                .row(ui.text("lostFound.detail.found"), wrapped("detailFound", item.foundAt().format(TIME) + "  "
                        + item.foundPlace()))
                .row(ui.text("lostFound.column.finder"), wrapped("detailFinder", item.finderName() + "（"
                        + ui.messages().get(item.finderKind()) + "）" + (item.finderPhone().isBlank() ? ""
                        : " " + PhoneNumber.mask(item.finderPhone()))))
                .row(ui.text("lostFound.detail.received"), wrapped("detailReceived", item.receivedBy() + " · "
                        + item.storagePlace()));
        item.cash().ifPresent(cash -> grid.row(ui.text("lostFound.detail.cash"), wrapped("detailCash",
                ui.format("lostFound.detail.cashWitness", cash.toString(), item.witness()))));
        grid.row(ui.text("lostFound.column.state"), wrapped("detailState", state(item)));
        body.getChildren().addAll(title, grid);
        photos.apply(item).filter(file -> item.photo().orElseThrow().type() != FileKind.PDF).ifPresent(file -> {
            ImageView photo = new ImageView(new Image(file.toUri().toString(), PHOTO_WIDTH, 0, true, true, true));
            photo.setId("detailPhoto");
            body.getChildren().add(photo);
        });
    }

    /** The state in words, with the notice and the period, or what became of the item. */
    private String state(FoundItem item) {
        StringBuilder text = new StringBuilder(ui.messages().get(item.state()));
        item.noticePosted().ifPresent(day -> text.append(" · ").append(ui.format("lostFound.detail.notice", day)));
        item.dueOn().ifPresent(day -> text.append(" · ").append(ui.format("lostFound.detail.dueOn", day)));
        if (item.goesToPolice() && item.handOver().isEmpty() && item.claim().isEmpty()) {
            text.append(" · ").append(ui.text("lostFound.detail.forPolice"));
        }
        item.claim().ifPresent(claim -> text.append(" · ").append(ui.format("lostFound.detail.claim", claim.claimant(),
                ui.messages().get(claim.idType()), claim.maskedIdNumber(),
                claim.claimedAt().atZone(ui.clock().getZone()).format(TIME), claim.handedBy())));
        item.handOver().ifPresent(handOver -> text.append(" · ").append(ui.format("lostFound.outcome.police",
                handOver.station() + " " + handOver.officerName(), handOver.handedOn())));
        item.disposal().ifPresent(disposal -> text.append(" · ").append(ui.format("lostFound.outcome.disposed",
                ui.messages().get(disposal.way()), disposal.disposedOn())).append(" ").append(disposal.approvedBy()));
        return text.toString();
    }

    private static Label wrapped(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
