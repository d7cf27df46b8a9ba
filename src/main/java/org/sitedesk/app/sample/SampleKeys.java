package org.sitedesk.app.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitedesk.app.Services;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.IdType;
import org.sitedesk.estate.Person;
import org.sitedesk.estate.RoomCode;
import org.sitedesk.estate.Unit;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.keys.Borrower;
import org.sitedesk.keys.BorrowerKind;
import org.sitedesk.keys.Cabinet;
import org.sitedesk.keys.CabinetKey;
import org.sitedesk.keys.KeyOpens;
import org.sitedesk.keys.KeyServices;
import org.sitedesk.keys.LoanDraft;
import org.sitedesk.keys.NewKey;
import org.sitedesk.keys.Pass;
import org.sitedesk.keys.PassDraft;

/**
 * The sample site's key cabinets and passes. {@code cabinet-keys.csv} puts the keys of the vacant units,
 * two owners' sealed spares and the plant rooms' keys on their hooks; then, each step at its own
 * time, a spare opened with a reason for its owner and sealed again, a pump-room key out since
 * yesterday and overdue, a key out to a contractor, a lost key; passes of every type: expired ones,
 * a temporary pass lost and reissued, a card handed back. The worker passes are the sample
 * renovations' ({@link SampleRenovations}). The sample takes no money for them (the cards' deposits waived, a reissue whose type costs
 * nothing), so the fee sample's receipts stay exactly those of its payments. Skipped when a cabinet exists.
 */
final class SampleKeys {
    /** A synthetic resident ID (the GB 11643 test vector), for the contractor who borrows a key. */
    private static final String CONTRACTOR_ID = "11010519491231002X";

    private final Services services;
    private final Actor actor;

    SampleKeys(Services services, Actor actor) {
        this.services = services;
        this.actor = actor;
    }

    void load() {
        if (!services.keys().lookup().cabinets().isEmpty()) {
            return;
        }
        StepClock clock = new StepClock(services.core().clock());
        Services stepped = Services.wire(services.core().database(), clock, services.print().printers());
        KeyServices keys = stepped.keys();
        Instant now = services.core().clock().instant();
        ZonedDateTime today = now.atZone(clock.getZone()).toLocalDate().atStartOfDay(clock.getZone());
        clock.at(now.minus(Duration.ofDays(400)));
        Map<String, Cabinet> cabinets = Map.of(
                "A", keys.cabinets().addCabinet(actor, "A", "前台钥匙柜", "服务中心前台", 40),
                "B", keys.cabinets().addCabinet(actor, "B", "工程部钥匙柜", "工程部值班室", 20));
        for (Map<String, String> row : SampleRows.read("cabinet-keys.csv")) {
            String place = row.get("opens");
            KeyOpens opens = keys.cabinets().opens(place).orElseGet(() -> {
                long area = stepped.repair().settings().addCommonArea(actor, place).id();
                return KeyOpens.area(area, place);
            });
            String[] hook = row.get("hook").split("-");
            keys.cabinets().addKey(actor, new NewKey(opens, cabinets.get(hook[0]).id(), Integer.parseInt(hook[1]),
                    Integer.parseInt(row.get("copies")), "yes".equals(row.get("sealed")), row.get("note")));
        }
        List<CabinetKey> held = keys.lookup().held(actor);
        loans(keys, clock, today, held);
        passes(stepped, clock, now);
    }

    private void loans(KeyServices keys, StepClock clock, ZonedDateTime today, List<CabinetKey> held) {
        CabinetKey spare = on(held, "A-30");
        clock.at(today.minusDays(6).plusHours(19).toInstant());
        keys.lending().openSeal(actor, spare.id(), "业主杨玉超忘带钥匙，核对身份证后开封借用");
        keys.lending().lend(actor, spare.id(), new LoanDraft(new Borrower(BorrowerKind.OWNER, "杨玉超", "18057039554",
                IdType.RESIDENT_ID, "370102199611041200"), "业主忘带钥匙", clock.instant().plus(Duration.ofHours(2))));
        clock.at(clock.instant().plus(Duration.ofMinutes(40)));
        keys.lending().giveBack(actor, spare.id());
        keys.lending().seal(actor, spare.id(), "业主当面重新签封");

        CabinetKey lost = on(held, "A-05");
        clock.at(today.minusDays(3).plusHours(10).toInstant());
        keys.lending().lend(actor, lost.id(), new LoanDraft(Borrower.staff("李志强", "13905710102"), "空置房电路检查",
                clock.instant().plus(Duration.ofHours(4))));
        clock.at(clock.instant().plus(Duration.ofHours(3)));
        keys.lending().reportLost(actor, lost.id(), "检查后遗失在 2 号楼楼梯间，未找到");

        CabinetKey pumps = on(held, "B-01");
        clock.at(today.minusDays(1).plusHours(14).toInstant());
        keys.lending().lend(actor, pumps.id(), new LoanDraft(Borrower.staff("王建国", "13905710101"), "水泵保养",
                today.minusDays(1).plusHours(17).plusMinutes(30).toInstant()));

        CabinetKey vacant = on(held, "A-03");
        Instant recent = services.core().clock().instant().minus(Duration.ofHours(1));
        clock.at(recent);
        keys.lending().lend(actor, vacant.id(), new LoanDraft(new Borrower(BorrowerKind.CONTRACTOR, "周师傅", "13712345678",
                IdType.RESIDENT_ID, CONTRACTOR_ID), "开发商保修：更换卫生间地漏", recent.plus(Duration.ofHours(4))));
    }

    /** Passes at their own times, from more than a year ago to yesterday. */
    private void passes(Services stepped, StepClock clock, Instant now) {
        Unit yang = unit("1-1-101");
        Unit lin = unit("3-2-1502");
        Unit zhou = unit("2-1-1101");
        Unit chen = unit("4-2-702");
        clock.at(now.minus(Duration.ofDays(400)));
        issue(stepped, lin, "PARKING", owner(lin, 1), "", Optional.empty());
        clock.at(now.minus(Duration.ofDays(1090)));
        issue(stepped, zhou, "OWNER", owner(zhou, 0), "", Optional.empty());
        clock.at(now.minus(Duration.ofDays(300)));
        issue(stepped, yang, "OWNER", owner(yang, 0), "", Optional.empty());
        issue(stepped, yang, "OWNER", owner(yang, 1), "", Optional.empty());
        issue(stepped, chen, "PARKING", owner(chen, 0), "", Optional.empty());
        clock.at(now.minus(Duration.ofDays(20)));
        stepped.keys().passes().issue(actor, new PassDraft(lin.id(), "TEMPORARY", "家政阿姨 王秀英", Optional.empty(), "",
                Optional.empty(), Optional.empty(), PaymentMethod.CASH));
        clock.at(now.minus(Duration.ofDays(2)));
        Pass courier = stepped.keys().passes().issue(actor, new PassDraft(chen.id(), "TEMPORARY", "快递员 刘强", Optional.empty(),
                "", Optional.empty(), Optional.empty(), PaymentMethod.CASH));
        clock.at(now.minus(Duration.ofDays(1)));
        stepped.keys().passes().reportLost(actor, courier.number(), "刘强");
        stepped.keys().passes().reissue(actor, courier.number(), "", PaymentMethod.CASH);

        clock.at(now.minus(Duration.ofDays(30)));
        Optional<Money> waived = Optional.of(Money.ZERO);
        issue(stepped, yang, "ACCESS_CARD", owner(yang, 0), "0012345678", waived);
        issue(stepped, lin, "ACCESS_CARD", owner(lin, 0), "0012345679", waived);
        issue(stepped, lin, "ACCESS_CARD", owner(lin, 1), "0012345680", waived);
        Pass handedBack = issue(stepped, zhou, "ACCESS_CARD", owner(zhou, 0), "0012345681", waived);
        clock.at(now.minus(Duration.ofDays(10)));
        stepped.keys().passes().giveBack(actor, handedBack.number(), PaymentMethod.CASH);
    }

    private Pass issue(Services stepped, Unit unit, String type, Person holder, String number, Optional<Money> deposit) {
        return stepped.keys().passes().issue(actor, new PassDraft(unit.id(), type, holder.name(), Optional.of(holder.id()), number,
                Optional.empty(), deposit, PaymentMethod.CASH));
    }

    private Unit unit(String room) {
        return services.estate().units().unit(RoomCode.parse(room).orElseThrow())
                .orElseThrow(() -> new IllegalStateException("The sample estate has no unit " + room));
    }

    /** The unit's {@code index}th current owner, in the household card's order. */
    private Person owner(Unit unit, int index) {
        List<Person> owners = services.estate().households().card(unit.id()).currentOwners();
        return owners.get(Math.min(index, owners.size() - 1));
    }

    private static CabinetKey on(List<CabinetKey> held, String hook) {
        return held.stream().filter(key -> key.hook().map(at -> at.label().equals(hook)).orElse(false)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No sample key on " + hook));
    }
}
