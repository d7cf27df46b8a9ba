package org.sitedesk.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;
import org.sitedesk.app.Services;
import org.sitedesk.app.KnownAuditActions;
import org.sitedesk.backup.ui.BackupView;
import org.sitedesk.backup.ui.BackupViewModel;
import org.sitedesk.core.db.DatabaseEngine;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.Permission;
import org.sitedesk.core.users.User;
import org.sitedesk.archive.ui.ArchiveView;
import org.sitedesk.archive.ui.HouseholdArchiveTab;
import org.sitedesk.archive.ui.HouseholdArchiveViewModel;
import org.sitedesk.estate.ui.CardTab;
import org.sitedesk.estate.ui.EstateView;
import org.sitedesk.estate.ui.EstateViewModel;
import org.sitedesk.estate.ui.HouseholdCardView;
import org.sitedesk.estate.ui.HouseholdCardViewModel;
import org.sitedesk.estate.ui.ImportView;
import org.sitedesk.estate.ui.ImportViewModel;
import org.sitedesk.shell.NavigationItem.Section;
import org.sitedesk.shell.admin.AuditView;
import org.sitedesk.shell.admin.AuditViewModel;
import org.sitedesk.shell.admin.DatabaseServerPane;
import org.sitedesk.shell.admin.DatabaseServerViewModel;
import org.sitedesk.shell.admin.SettingsView;
import org.sitedesk.shell.admin.SettingsViewModel;
import org.sitedesk.shell.admin.UsersView;
import org.sitedesk.shell.admin.UsersViewModel;
import org.sitedesk.shell.signin.ChangePasswordView;
import org.sitedesk.shell.signin.ChangePasswordViewModel;
import org.sitedesk.shell.signin.FirstAdministratorView;
import org.sitedesk.shell.signin.FirstAdministratorViewModel;
import org.sitedesk.shell.signin.SignInView;
import org.sitedesk.shell.signin.SignInViewModel;
import org.sitedesk.ui.BackgroundTask;
import org.sitedesk.ui.FallbackExceptionHandler;
import org.sitedesk.ui.FxDialogService;
import org.sitedesk.ui.TaskExecutor;
import org.sitedesk.ui.Theme;
import org.sitedesk.ui.UiContext;
import org.sitedesk.estate.HouseholdFinder;
import org.sitedesk.keys.KeyAccess;
import org.sitedesk.keys.ui.CabinetViewModel;
import org.sitedesk.keys.ui.HouseholdKeysPane;
import org.sitedesk.keys.ui.HouseholdKeysViewModel;
import org.sitedesk.keys.ui.HouseholdPassesPane;
import org.sitedesk.keys.ui.HouseholdPassesViewModel;
import org.sitedesk.keys.ui.KeyCabinetView;
import org.sitedesk.keys.ui.PassRegisterView;
import org.sitedesk.keys.ui.PassRegisterViewModel;
import org.sitedesk.keys.ui.PassTypesView;
import org.sitedesk.keys.ui.PassTypesViewModel;
import org.sitedesk.print.RegisterColumn;
import org.sitedesk.print.RegisterPrintout;
import org.sitedesk.fees.ui.ArrearsView;
import org.sitedesk.fees.ui.ArrearsViewModel;
import org.sitedesk.fees.ui.BillingView;
import org.sitedesk.fees.ui.BillingViewModel;
import org.sitedesk.fees.ui.CollectionRateView;
import org.sitedesk.fees.ui.CounterView;
import org.sitedesk.fees.ui.FeeItemsView;
import org.sitedesk.fees.ui.FeeItemsViewModel;
import org.sitedesk.fees.ui.CounterViewModel;
import org.sitedesk.fees.ui.ReceiptsView;
import org.sitedesk.fees.ui.ReceiptsViewModel;
import org.sitedesk.print.ui.PrintOffsetsPane;
import org.sitedesk.print.ui.PrintOffsetsViewModel;
import org.sitedesk.print.ui.PrintPreviews;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.repair.WorkOrderPrintout;
import org.sitedesk.repair.ui.BoardView;
import org.sitedesk.repair.ui.BoardViewModel;
import org.sitedesk.repair.ui.EngineersView;
import org.sitedesk.repair.ui.EngineersViewModel;
import org.sitedesk.repair.ui.RequestFormView;
import org.sitedesk.repair.ui.RequestFormViewModel;
import org.sitedesk.repair.ui.ComplaintsView;
import org.sitedesk.repair.ui.ComplaintsViewModel;
import org.sitedesk.repair.ui.ServiceFiguresView;
import org.sitedesk.repair.ui.ServiceFiguresViewModel;
import org.sitedesk.lostfound.ui.LostFoundPage;
import org.sitedesk.renovation.ui.HouseholdRenovationsPane;
import org.sitedesk.renovation.ui.HouseholdRenovationsViewModel;
import org.sitedesk.renovation.ui.RenovationPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window and the way through it: shown at once, database opened in the background, then
 * first administrator, sign-in or the demo's automatic sign-in, then the workspace. Holds the
 * session's state; nothing about it is static.
 */
public final class SiteDeskWindow {
    private static final Logger LOG = LoggerFactory.getLogger(SiteDeskWindow.class);

    private static final int SEARCH_RESULTS = 12;
    private static final int PRINTED_SEARCH_RESULTS = 2000;

    private final Stage stage;
    private final WindowDependencies dependencies;
    private final FxDialogService dialogs;
    private final TaskExecutor tasks;
    private Messages messages;
    private UiContext ui;
    private MainFrame frame;
    private OpenedDatabase opened;
    private SiteSettings site = SiteSettings.EMPTY;
    private Actor actor;
    private boolean printingWarm;
    private boolean dailyBackupChecked;
    private final DailyBackup dailyBackup = new DailyBackup();
    private boolean closed;

    public SiteDeskWindow(Stage stage, WindowDependencies dependencies) {
        this.stage = stage;
        this.dependencies = dependencies;
        this.messages = new Messages(dependencies.language());
        this.dialogs = new FxDialogService(() -> stage, () -> messages);
        this.tasks = dependencies.executorFactory().apply(error -> {
            if (closed) {
                // work still running when the window closed (the dashboard's figures, the print warm-up)
                // fails on the closed database; nobody is there to read a dialog, and one would block exit
                LOG.debug("Background task ended after the window closed", error);
                return;
            }
            if (!(error instanceof UserFacingException)) {
                LOG.error("Background task failed", error);
            }
            dialogs.showFailure(error);
        });
    }

    /** Shows the window now and opens the database behind it. */
    public void show() {
        long began = System.nanoTime();
        Thread.setDefaultUncaughtExceptionHandler(new FallbackExceptionHandler(dialogs));
        Theme.install(org.sitedesk.core.db.DatabaseLocation.userDataFolder().resolve("cache").resolve("fonts"));
        buildFrame();
        Scene scene = new Scene(frame, 1200, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(event -> close());
        frame.showGate(opening());
        stage.show();
        dependencies.startup().phase("window", since(began));
        tasks.execute(BackgroundTask.of(progress -> {
            long opening = System.nanoTime();
            OpenedDatabase database = dependencies.opener().open();
            Services services = database.services();
            Opened opened = new Opened(database, services.core().users().hasUsers(), services.core().siteSettings().load());
            dependencies.startup().background("database", since(opening), Thread.currentThread().getName());
            return opened;
        }).title(messages.get("status.databaseOpening")).onSuccess(this::opened).onFailure(this::openFailed));
    }

    private void buildFrame() {
        if (frame != null) {
            frame.dispose();
        }
        ui = new UiContext(messages, tasks, dialogs, dependencies.clock());
        frame = new MainFrame(ui, this::changeOwnPassword, this::signOut);
        frame.setSiteName(site.siteName());
        if (opened != null) {
            frame.setDatabase(opened.services().core().database().location().displayName());
        }
        stage.setTitle(messages.get("app.title"));
    }

    private void opened(Opened result) {
        long began = System.nanoTime();
        opened = result.database();
        site = result.site();
        frame.setSiteName(site.siteName());
        frame.setDatabase(opened.services().core().database().location().displayName());
        Optional<User> automatic = opened.autoSignIn();
        if (automatic.isPresent()) {
            signedIn(automatic.get());
        } else if (!result.hasUsers()) {
            showFirstAdministrator();
        } else {
            showSignIn();
        }
        // ready once the sign-in (or, for the demo, the signed-in window) is on screen and answers
        dependencies.startup().phase("sign-in", since(began));
        dependencies.startup().ready();
        // the search index loads behind the sign-in, once it is drawn; the box finds nothing until it is there
        OpenedDatabase loading = opened;
        afterDrawing(() -> tasks.execute(BackgroundTask.of(progress -> {
            loading.services().estate().finder().reload();
            return loading.services().estate().finder().size();
        }).title(messages.get("status.searchLoading"))));
    }

    /**
     * Runs {@code work} once the window has laid out what was just put in it, so background work
     * started then (the search index, the printouts' warm-up) does not hold up the first screen on a
     * two-core PC.
     */
    private void afterDrawing(Runnable work) {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(work);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static java.time.Duration since(long nanoTime) {
        return java.time.Duration.ofNanos(System.nanoTime() - nanoTime);
    }

    private void openFailed(Throwable error) {
        String sentence = ui.explain(error);
        dependencies.startup().failed(sentence);
        Label message = new Label(sentence);
        message.setId("openFailedMessage");
        message.setWrapText(true);
        message.getStyleClass().add("form-message");
        Button quit = new Button(messages.get("button.quit"));
        quit.setId("quitButton");
        quit.setOnAction(event -> stage.close());
        VBox card = new VBox(14, new Label(messages.get("open.failed.title")), message, quit);
        card.getStyleClass().add("gate-form");
        frame.showGate(card);
    }

    private VBox opening() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(40, 40);
        Label label = new Label(messages.get("status.databaseOpening"));
        VBox card = new VBox(14, spinner, label);
        card.getStyleClass().add("gate-form");
        card.setId("openingCard");
        return card;
    }

    private void showSignIn() {
        SignInView view = new SignInView(new SignInViewModel(opened.services().core().users(), ui, this::signedIn), ui);
        frame.showGate(view);
        view.focus();
    }

    private void showFirstAdministrator() {
        FirstAdministratorView view = new FirstAdministratorView(
                new FirstAdministratorViewModel(opened.services().core().users(), ui, this::signedIn), ui);
        frame.showGate(view);
        view.focus();
    }

    private void signedIn(User user) {
        actor = Actor.of(user);
        takeDailyBackup();
        if (user.mustChangePassword()) {
            ChangePasswordView view = new ChangePasswordView(new ChangePasswordViewModel(
                    opened.services().core().users(), actor, ui, changed -> enterWorkspace("dashboard")), ui, true);
            frame.showGate(view);
            view.focus();
        } else {
            enterWorkspace("dashboard");
        }
    }

    /**
     * The first sign-in after the program starts takes the day's backup if none is there yet
     * (DOMAIN.md "Data safety" 2). A backup that fails is told on the dashboard, not in a dialog:
     * the counter must still open on a morning the USB stick is missing.
     */
    private void takeDailyBackup() {
        if (dailyBackupChecked || !opened.dailyBackup()) {
            return;
        }
        dailyBackupChecked = true;
        Actor startedBy = actor;
        Services services = opened.services();
        dailyBackup.started();
        tasks.execute(BackgroundTask.of(progress -> services.backups().takeDailyIfDue(startedBy))
                .title(messages.get("backup.dailyRunning"))
                .onSuccess(taken -> dailyBackup.finished(""))
                .onFailure(error -> {
                    LOG.warn("The daily backup failed", error);
                    dailyBackup.finished(ui.explain(error));
                }));
    }

    /** 恢复备份: asks first, then the window closes its database and brings the backup back. */
    private void restore(Path backup) {
        String database = opened.services().core().database().location().displayName();
        if (!dialogs.confirm(ui.format("backup.restoreConfirm", backup.getFileName(), database))) {
            return;
        }
        OpenedDatabase before = opened;
        Actor restoring = actor;
        actor = null;
        new RestoreFlow(ui, frame, dependencies.clock()).start(before, restoring, backup, after -> {
            opened = after;
            showSignIn();
        }, this::openFailed);
    }

    private void enterWorkspace(String page) {
        frame.showWorkspace(actor, navigation(), page);
        frame.connectSearch(this::search, this::openHousehold, this::printSearch);
        if (!printingWarm) {
            printingWarm = true;
            PrintPreviews printing = printing();
            afterDrawing(() -> tasks.execute(BackgroundTask.of(progress -> {
                printing.warmUp();
                return printing;
            }).title(messages.get("print.warmingUp"))));
        }
    }

    /** 查询结果 as a list: every unit the search box finds for {@code text}, as the popup shows them. */
    private void printSearch(String text) {
        HouseholdFinder finder = opened.services().estate().finder();
        printing().preview(stage, ui.format("search.printTitle", text), stamp -> {
            Messages words = stamp.messages();
            List<RegisterColumn> columns = List.of(new RegisterColumn(words.get("importScreen.room"), 120),
                    new RegisterColumn(words.get("search.column.matched"), 480));
            List<List<String>> rows = finder.find(text, PRINTED_SEARCH_RESULTS).stream()
                    .map(hit -> List.of(hit.room().toString(), hit.matched())).toList();
            return RegisterPrintout.of(words.format("search.printTitle", text), words.format("print.register.count", rows.size()),
                    columns, rows, stamp, words.language().locale());
        });
    }

    private List<SearchSuggestion> search(String text) {
        return opened.services().estate().finder().find(text, SEARCH_RESULTS).stream()
                .map(hit -> new SearchSuggestion(hit.unitId(), hit.room().toString(), hit.matched()))
                .toList();
    }

    private void changeOwnPassword() {
        ChangePasswordView view = new ChangePasswordView(new ChangePasswordViewModel(opened.services().core().users(), actor, ui,
                changed -> {
                    dialogs.showInformation(messages.get("password.change.done"));
                    enterWorkspace("dashboard");
                }), ui, false);
        frame.showPage(view);
        view.focus();
    }

    private void signOut() {
        Actor leaving = actor;
        actor = null;
        tasks.execute(BackgroundTask.of(progress -> {
            opened.services().core().users().signOut(leaving);
            return leaving;
        }));
        showSignIn();
    }

    private void languageChanged(Language language) {
        messages = new Messages(language);
        buildFrame();
        stage.getScene().setRoot(frame);
        if (actor != null) {
            enterWorkspace("settings");
        } else {
            showSignIn();
        }
    }

    private List<NavigationItem> navigation() {
        Services services = opened.services();
        Actor current = actor;
        UiContext context = ui;
        PrintPreviews printing = printing();
        List<DashboardCard> cards = List.of(
                new WelcomeCard(() -> site),
                new RecentActivityCard(services.core().auditSearch(), KnownAuditActions.all()),
                new FollowUpCard(services.fees().dunning()),
                new RepairCard(services.repair().figures()),
                new KeysCard(services.keys().lookup(), services.keys().register()),
                new ArchiveCard(services.archive().lookup(), services.archive().destructions()),
                new BackupCard(services.backups(), dailyBackup),
                new LostFoundCard(services.lostFound().lookup()),
                new RenovationCard(services.renovation().lookup()));
        return List.of(
                new NavigationItem("dashboard", "nav.dashboard", MaterialDesignV.VIEW_DASHBOARD_OUTLINE, Section.WORK,
                        Optional.empty(), () -> new DashboardView(cards, context, current)),
                new NavigationItem("estate", "nav.estate", MaterialDesignH.HOME_CITY_OUTLINE, Section.WORK,
                        Optional.empty(), () -> new EstateView(new EstateViewModel(services.estate().units(), context), context,
                                this::openHousehold, printing)),
                new NavigationItem("board", "nav.board", MaterialDesignC.CLIPBOARD_LIST_OUTLINE, Section.WORK,
                        Optional.of(Permission.LOG_REQUESTS), () -> board(null)),
                new NavigationItem("newRequest", "nav.newRequest", MaterialDesignW.WRENCH_OUTLINE, Section.WORK,
                        Optional.of(Permission.LOG_REQUESTS), () -> requestForm(null)),
                new NavigationItem("counter", "nav.counter", MaterialDesignC.CASH_REGISTER, Section.WORK,
                        Optional.of(Permission.TAKE_PAYMENTS), () -> counter(null)),
                new NavigationItem("receipts", "nav.receipts", MaterialDesignR.RECEIPT_TEXT_OUTLINE, Section.WORK,
                        Optional.of(Permission.VIEW_FEES), () -> new ReceiptsView(new ReceiptsViewModel(
                                services.fees().payments(), printing, current, context), context, printing)),
                new NavigationItem("arrears", "nav.arrears", MaterialDesignC.CASH_MULTIPLE, Section.WORK,
                        Optional.of(Permission.VIEW_FEES), () -> new ArrearsView(new ArrearsViewModel(services.fees().arrears(),
                                services.fees().dunning(), services.estate().units(), services.fees().items(), printing, current, context),
                                context, printing)),
                new NavigationItem("collection", "nav.collection", MaterialDesignC.CHART_BAR, Section.WORK,
                        Optional.of(Permission.VIEW_FEES),
                        () -> new CollectionRateView(services.fees().arrears(), current, context, printing)),
                new NavigationItem("billing", "nav.billing", MaterialDesignC.CALENDAR_MONTH_OUTLINE, Section.WORK,
                        Optional.of(Permission.RUN_BILLING),
                        () -> new BillingView(new BillingViewModel(services.fees().billing(), current, context), context)),
                new NavigationItem("repairFigures", "nav.repairFigures", MaterialDesignC.CHART_BOX_OUTLINE, Section.WORK,
                        Optional.of(Permission.LOG_REQUESTS), () -> new ServiceFiguresView(new ServiceFiguresViewModel(
                                services.repair().figures(), printing, current, context), context)),
                new NavigationItem("complaints", "nav.complaints", MaterialDesignM.MESSAGE_ALERT_OUTLINE, Section.WORK,
                        Optional.of(Permission.LOG_REQUESTS), () -> new ComplaintsView(new ComplaintsViewModel(
                                services.repair().complaints(), printing, current, context), context)),
                new NavigationItem("archive", "nav.archive", MaterialDesignA.ARCHIVE_OUTLINE, Section.WORK,
                        Optional.of(Permission.VIEW_ARCHIVE), () -> new ArchiveView(services.archive(), printing, current, context)),
                new NavigationItem("keys", "nav.keys", MaterialDesignK.KEY_CHAIN_VARIANT, Section.WORK,
                        Optional.of(Permission.LEND_KEYS), () -> new KeyCabinetView(new CabinetViewModel(services.keys(), printing,
                                current, context), context)),
                new NavigationItem("passes", "nav.passes", MaterialDesignC.CARD_ACCOUNT_DETAILS_OUTLINE, Section.WORK,
                        Optional.of(Permission.ISSUE_PASSES), () -> new PassRegisterView(new PassRegisterViewModel(
                                services.keys(), services.estate().units(), printing, current, context), context)),
                new NavigationItem("lostFound", "nav.lostFound", MaterialDesignB.BRIEFCASE_SEARCH_OUTLINE, Section.WORK,
                        Optional.of(Permission.HANDLE_LOST_AND_FOUND),
                        () -> new LostFoundPage(services.lostFound(), printing, current, context)),
                new NavigationItem("renovation", "nav.renovation", MaterialDesignH.HOME_EDIT_OUTLINE, Section.WORK,
                        Optional.of(Permission.REGISTER_RENOVATIONS), () -> renovationPage(null)),
                new NavigationItem("import", "nav.import", MaterialDesignF.FILE_IMPORT_OUTLINE, Section.WORK,
                        Optional.of(Permission.MANAGE_ESTATE), () -> new ImportView(new ImportViewModel(
                                services.estate().imports(), services.estate().exports(), services.estate().finder(), current, context),
                                context)),
                new NavigationItem("engineers", "nav.engineers", MaterialDesignA.ACCOUNT_HARD_HAT, Section.SYSTEM,
                        Optional.of(Permission.WORK_REQUESTS), () -> new EngineersView(new EngineersViewModel(
                                services.repair().engineers(), services.repair().settings(), current, context), context)),
                new NavigationItem("feeItems", "nav.feeItems", MaterialDesignC.CASH_CHECK, Section.SYSTEM,
                        Optional.of(Permission.VIEW_FEES), () -> new FeeItemsView(new FeeItemsViewModel(services.fees().items(),
                                services.fees().settings(), printing, current, context), context)),
                new NavigationItem("passTypes", "nav.passTypes", MaterialDesignC.CARD_BULLETED_SETTINGS_OUTLINE, Section.SYSTEM,
                        Optional.of(Permission.MANAGE_FEES), () -> new PassTypesView(new PassTypesViewModel(
                                services.keys().passTypes(), current, context), context)),
                new NavigationItem("users", "nav.users", MaterialDesignA.ACCOUNT_MULTIPLE_OUTLINE, Section.SYSTEM,
                        Optional.of(Permission.MANAGE_USERS),
                        () -> new UsersView(new UsersViewModel(services.core().users(), current, context), context, printing)),
                new NavigationItem("audit", "nav.audit", MaterialDesignH.HISTORY, Section.SYSTEM,
                        Optional.of(Permission.VIEW_AUDIT_LOG),
                        () -> new AuditView(new AuditViewModel(services.core().auditSearch(), current, context,
                                KnownAuditActions.all()), context, printing)),
                new NavigationItem("backups", "nav.backups", MaterialDesignB.BACKUP_RESTORE, Section.SYSTEM,
                        Optional.of(Permission.EXPORT_PERSONAL_DATA), () -> new BackupView(new BackupViewModel(
                                services.backups(), services.core().backupSettings(),
                                services.core().database().engine() == DatabaseEngine.H2, current, context, this::restore),
                                context)),
                new NavigationItem("settings", "nav.settings", MaterialDesignC.COG_OUTLINE, Section.SYSTEM,
                        Optional.empty(),
                        () -> new SettingsView(new SettingsViewModel(services.core().siteSettings(),
                                dependencies.preferences(), current, context, this::siteChanged, this::languageChanged),
                                context, services.core().database().location().displayName(),
                                new DatabaseServerPane(new DatabaseServerViewModel(dependencies.preferences(), current,
                                        context), context),
                                new PrintOffsetsPane(new PrintOffsetsViewModel(services.print().offsets(), printing, current,
                                        context), printing, context))));
    }

    /**
     * The household card of one unit, from the estate grid or the search box; F9 takes its fees, F8 logs a
     * request; roles that see the archive get its 档案 tab.
     */
    private void openHousehold(long unitId) {
        Services services = opened.services();
        Runnable collect = actor.may(Permission.TAKE_PAYMENTS) ? () -> frame.showPage(counter(unitId)) : null;
        Runnable report = actor.may(Permission.LOG_REQUESTS) ? () -> frame.showPage(requestForm(unitId)) : null;
        List<CardTab> more = new java.util.ArrayList<>();
        if (actor.may(Permission.VIEW_ARCHIVE)) {
            HouseholdArchiveViewModel archive = new HouseholdArchiveViewModel(services.archive(), printing(),
                    dependencies.viewer(), actor, ui, unitId);
            more.add(new CardTab("archiveTab", ui.text("card.tab.archive"), () -> new HouseholdArchiveTab(archive, ui),
                    archive::cardChanged));
        }
        addKeyTabs(more, unitId);
        if (actor.may(Permission.REGISTER_RENOVATIONS)) {
            HouseholdRenovationsViewModel renovations = new HouseholdRenovationsViewModel(services.renovation(), ui, unitId,
                    number -> frame.showPage(renovationPage(number)));
            more.add(new CardTab("renovationTab", ui.text("card.tab.renovation"), () -> new HouseholdRenovationsPane(renovations, ui),
                    renovations::cardChanged));
        }
        frame.showPage(new HouseholdCardView(new HouseholdCardViewModel(services.estate().households(), services.estate().units(),
                printing(), actor, ui, unitId), ui, collect, report, more));
    }

    /** The household card's passes and keys, for the roles that issue passes or keep the key cabinet. */
    private void addKeyTabs(List<CardTab> tabs, long unitId) {
        Services services = opened.services();
        if (actor.may(Permission.ISSUE_PASSES)) {
            tabs.add(new CardTab("passesTab", ui.text("card.tab.passes"), () -> new HouseholdPassesPane(
                    new HouseholdPassesViewModel(services.keys(), services.estate().units(), services.estate().households(),
                            printing(), actor, ui, unitId), ui)));
        }
        if (KeyAccess.mayUseCabinet(actor)) {
            tabs.add(new CardTab("keysTab", ui.text("card.tab.keys"), () -> new HouseholdKeysPane(new HouseholdKeysViewModel(
                    services.keys(), services.estate().households(), printing(), actor, ui, unitId), ui)));
        }
    }

    /** 装修管理, with the application {@code number} chosen when one is given (from the household card). */
    private RenovationPage renovationPage(String number) {
        Services services = opened.services();
        return new RenovationPage(services.renovation(), services.estate().units(), printing(), dependencies.viewer(), actor, ui,
                number);
    }

    /** 派工看板, with a request selected when one was just logged. */
    private BoardView board(ServiceRequest logged) {
        Services services = opened.services();
        BoardViewModel model = new BoardViewModel(services.repair(), actor, ui);
        BoardView view = new BoardView(model, ui, () -> frame.showPage(requestForm(null)), this::printSlip);
        if (logged != null) {
            model.placed(logged);
        }
        return view;
    }

    /** 报事登记, on a unit when one is given; saving shows the board with the new card chosen. */
    private RequestFormView requestForm(Long unitId) {
        Services services = opened.services();
        RequestFormViewModel model = new RequestFormViewModel(services.repair(), services.estate().units(), actor, ui,
                logged -> frame.showPage(board(logged)));
        RequestFormView view = new RequestFormView(model, ui, () -> frame.showPage(board(null)));
        model.open(unitId);
        view.focus(unitId != null);
        return view;
    }

    /** 派工单 on A5 (the engineer's pocket size); A4 from the command line. */
    private void printSlip(ServiceRequest request) {
        java.time.Clock clock = dependencies.clock();
        printing().preview(stage, ui.format("board.slipTitle", request.number()), stamp -> WorkOrderPrintout.of(
                request, WorkOrderPrintout.type(false), stamp, stamp.messages(), clock.instant(), clock.getZone()));
    }

    /** 收银台, opened on a unit when one is given. */
    private CounterView counter(Long unitId) {
        Services services = opened.services();
        CounterViewModel model = new CounterViewModel(services.fees().payments(), services.estate().units(), services.estate().households(),
                services.fees().shifts(), services.fees().adjustments(), printing(), actor, ui);
        CounterView view = new CounterView(model, ui);
        if (unitId != null) {
            model.open(unitId);
        }
        return view;
    }

    private PrintPreviews printing() {
        Services services = opened.services();
        return new PrintPreviews(services.print().reports(), services.print().printers(), services.core().siteSettings(), actor, ui);
    }

    private void siteChanged(SiteSettings changed) {
        site = changed;
        frame.setSiteName(changed.siteName());
    }

    private void close() {
        closed = true;
        frame.dispose();
        if (opened != null) {
            opened.close().run();
            opened = null;
        }
    }

    /** What the background opening hands back to the FX thread. */
    private record Opened(OpenedDatabase database, boolean hasUsers, SiteSettings site) {
    }
}
