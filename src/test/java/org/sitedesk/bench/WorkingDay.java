package org.sitedesk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.sitedesk.app.Services;
import org.sitedesk.app.sample.DemoCache;
import org.sitedesk.app.sample.DemoDatabase;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.settings.TerminalPreferences;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.Unit;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.fees.PaymentRequest;
import org.sitedesk.fees.Receipt;
import org.sitedesk.fees.ReceiptPrintout;
import org.sitedesk.fees.UnitAccount;
import org.sitedesk.print.PrintStamp;
import org.sitedesk.repair.Engineer;
import org.sitedesk.repair.Priority;
import org.sitedesk.repair.ServiceRequest;
import org.sitedesk.shell.OpenedDatabase;
import org.sitedesk.shell.WindowTestSupport;
import org.sitedesk.support.RepairFixture;

/**
 * A working day at the counter, in eight hours (issue: resident memory ≤ 350 MB, the heap after a full
 * GC no more than 20 % above where it stood after the first hour): 300 searches, 150 payments with
 * their receipts, 60 requests moved across the board, 20 household changes and 500 screens opened and
 * closed in the real window (headless), on the sample estate. Run as its own process so the memory is
 * the day's; prints {@code working-day rss=<MB> heap1=<MB> heap8=<MB>}. Argument: the demo cache folder.
 */
public final class WorkingDay {
    private static final int HOURS = 8;

    private WorkingDay() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        Path folder = Files.createTempDirectory("sitedesk-working-day");
        // the counter opens a database that is there: the day's demo copy, built beforehand by the harness
        DemoDatabase.Demo demo = new DemoCache(Path.of(args[0]), clock).open(folder);
        Services services = demo.services();
        Actor cashier = Actor.of(demo.administrator());
        Stage[] stage = new Stage[1];
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            stage[0] = new Stage();
            WindowTestSupport.showWindow(stage[0], () -> new OpenedDatabase(services, Optional.of(demo.administrator()), () -> { }),
                    new TerminalPreferences(folder.resolve("prefs")), Language.CHINESE, clock);
            shown.complete(null);
        });
        shown.join();
        Day day = new Day(services, cashier, clock, stage[0]);
        double firstHour = 0;
        for (int hour = 0; hour < HOURS; hour++) {
            day.work(hour);
            if (hour == 0) {
                firstHour = heapAfterGc();
            }
        }
        double lastHour = heapAfterGc();
        System.out.printf("working-day rss=%.1f heap1=%.1f heap8=%.1f%n", residentMegabytes(), firstHour, lastHour);
        Platform.runLater(() -> stage[0].hide());
        Platform.exit();
        services.core().database().close();
        System.exit(0);
    }

    /** One hour's share of each of the day's totals. */
    private static final class Day {
        private final Services services;
        private final Actor actor;
        private final Clock clock;
        private final Stage stage;
        private final Random random = new Random(11);
        private final List<Unit> units;
        private final List<String> searches = List.of("1-1", "张", "zs", "wang", "138", "2-2-1", "李", "lw", "3-", "0021");
        private final Messages chinese = new Messages(Language.CHINESE);
        private final long engineer;

        Day(Services services, Actor actor, Clock clock, Stage stage) {
            this.services = services;
            this.actor = actor;
            this.clock = clock;
            this.stage = stage;
            this.units = services.estate().units().allUnits();
            this.engineer = services.repair().engineers().engineers().stream().findFirst().map(Engineer::id).orElseThrow();
        }

        void work(int hour) throws Exception {
            for (int i = share(300, hour); i > 0; i--) {
                services.estate().finder().find(searches.get(random.nextInt(searches.size())), 12);
            }
            for (int i = share(150, hour); i > 0; i--) {
                pay();
            }
            for (int i = share(60, hour); i > 0; i--) {
                moveAcrossTheBoard();
            }
            for (int i = share(20, hour); i > 0; i--) {
                Unit unit = units.get(random.nextInt(units.size()));
                services.estate().households().addPet(actor, unit.id(), "犬", "旺财" + i, "", LocalDate.now(clock));
            }
            openScreens(share(500, hour));
        }

        private static int share(int total, int hour) {
            return total * (hour + 1) / HOURS - total * hour / HOURS;
        }

        private void pay() {
            for (int tries = 0; tries < 50; tries++) {
                Unit unit = units.get(random.nextInt(units.size()));
                UnitAccount account = services.fees().payments().account(unit.id(), LocalDate.now(clock));
                if (account.totalOwed().compareTo(Money.ZERO) > 0) {
                    Money amount = account.openCharges().get(0).totalOpen();
                    Receipt receipt = services.fees().payments().pay(actor, PaymentRequest.today(unit.id(), amount,
                            PaymentMethod.CASH, LocalDate.now(clock)));
                    PrintStamp stamp = PrintStamp.of(services.core().siteSettings().load(), actor, LocalDateTime.now(clock), chinese);
                    services.print().reports().pdf(ReceiptPrintout.of(receipt, ReceiptPrintout.type(true), stamp, chinese, false));
                    return;
                }
            }
        }

        private void moveAcrossTheBoard() {
            Unit unit = units.get(random.nextInt(units.size()));
            ServiceRequest logged = services.repair().intake().log(actor, RepairFixture.repairAt(unit.id(), "WATER",
                    Priority.ORDINARY));
            services.repair().moves().dispatch(actor, logged.id(), List.of(engineer));
        }

        /**
         * Clicks through the navigation as a clerk does, each page replacing the one before and drawn
         * before the next click: until the next pulse the scene keeps a page it has just let go.
         */
        private void openScreens(int count) throws Exception {
            CompletableFuture<List<ToggleButton>> found = new CompletableFuture<>();
            Platform.runLater(() -> {
                List<ToggleButton> buttons = new ArrayList<>();
                for (Node node : stage.getScene().getRoot().lookupAll(".nav-item")) {
                    buttons.add((ToggleButton) node);
                }
                found.complete(buttons);
            });
            List<ToggleButton> buttons = found.get();
            for (int i = 0; i < count; i++) {
                ToggleButton button = buttons.get(i % buttons.size());
                CompletableFuture<Void> drawn = new CompletableFuture<>();
                Platform.runLater(() -> {
                    try {
                        button.fire();
                        Runnable[] listener = new Runnable[1];
                        listener[0] = () -> {
                            stage.getScene().removePostLayoutPulseListener(listener[0]);
                            drawn.complete(null);
                        };
                        stage.getScene().addPostLayoutPulseListener(listener[0]);
                        Platform.requestNextPulse();
                    } catch (RuntimeException e) {
                        drawn.completeExceptionally(e);
                    }
                });
                drawn.get();
            }
        }
    }

    private static double heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static double residentMegabytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }
}
