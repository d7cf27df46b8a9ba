package org.sitedesk.renovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.i18n.UserFacingException;
import org.sitedesk.core.money.Money;
import org.sitedesk.core.users.Actor;
import org.sitedesk.core.users.PermissionDeniedException;
import org.sitedesk.core.users.Role;
import org.sitedesk.fees.PaymentMethod;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.LedgerChecks;
import org.sitedesk.support.RenovationFixture;
import org.sitedesk.support.TestDatabase;

/**
 * Renovations from application to deposit refund (issue 18; DOMAIN.md "Renovation", Order No. 110),
 * each rule with the article it follows; the fee ledger's invariants are checked after every path.
 */
class RenovationLifecycleTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);

    @TempDir
    Path folder;
    private TestDatabase db;
    private RenovationServices renovation;
    private RenovationFixture fixture;
    private Actor admin;
    private Actor supervisor;
    private Actor clerk;
    private long unit;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        renovation = db.services.renovation();
        fixture = new RenovationFixture(db);
        admin = db.administrator();
        supervisor = db.userWithRole("zhuguan", Role.SUPERVISOR);
        clerk = db.userWithRole("qiantai", Role.CLERK);
        unit = new EstateFixture(db).unit("3-2-1502", "15", "89.75");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String refusal(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException refused) {
            return CHINESE.describe(refused);
        }
        throw new AssertionError("expected a refusal");
    }

    private LocalDate today() {
        return LocalDate.now(db.clock);
    }

    private void ledgerBalances() {
        LedgerChecks.all(db, List.of(unit), today());
    }

    /** Art. 13 and 14: the application keeps its scope and checklist, numbered per year, and starts 待审核 when submitted. */
    @Test
    void anApplicationIsNumberedAndKeepsItsScopeAndChecklist() {
        Renovation applied = renovation.applications().apply(clerk,
                fixture.draft(unit, List.of("墙面", "LOAD_BEARING"), Set.of("产权证明", "IDENTITY")), true);

        assertThat(applied.number()).isEqualTo("ZX-2026-0001");
        assertThat(applied.state()).isEqualTo(RenovationState.SUBMITTED);
        assertThat(applied.room()).isEqualTo("3-2-1502");
        assertThat(applied.scopeNames()).isEqualTo("墙面、拆除承重墙");
        assertThat(applied.scope().get(1).prohibition()).contains(Prohibition.STRUCTURE);
        assertThat(applied.documents()).extracting(FiledDocument::name).containsExactly("产权证明", "身份证明");
        assertThat(renovation.lists().scopeItems()).extracting(ScopeItem::name).contains("墙面", "地面", "吊顶", "水电改造", "门窗",
                "厨卫改造", "拆除非承重墙", "拆除承重墙", "阳台改造", "外立面与防盗网");
    }

    /** Art. 13: works are registered before they start. */
    @Test
    void anApplicationForWorksAlreadyStartedIsRefused() {
        ApplicationDraft draft = fixture.draft(unit, List.of("墙面"), Set.of());
        ApplicationDraft late = new ApplicationDraft(unit, "张三", ApplicantKind.OWNER, "", "华美", "", "", today().minusDays(1),
                today().plusDays(3), draft.scope(), draft.documents());
        assertThat(refusal(() -> renovation.applications().apply(clerk, late, true))).contains("开工日期不能早于今天");
    }

    /** Art. 5 and 14 (DOMAIN.md renovation 2–3): approval names each missing document and what needs it. */
    @Test
    void approvalIsRefusedNamingTheMissingStructuralDesignUntilItIsAttached() throws Exception {
        Renovation applied = fixture.applied(unit, List.of("墙面", "拆除承重墙"), RenovationFixture.BASIC_DOCUMENTS);

        assertThat(refusal(() -> renovation.applications().approve(supervisor, applied.id())))
                .isEqualTo("不能批准 ZX-2026-0001，缺少材料：结构设计方案（拆除承重墙）。");
        assertThat(renovation.lookup().get(applied.id()).state()).isEqualTo(RenovationState.SUBMITTED);
        assertThat(db.database.dsl().fetchCount(org.sitedesk.core.db.schema.Tables.FEE_CHARGE)).isZero();

        Path scan = Files.write(folder.resolve("design.pdf"), "%PDF-1.4 structural design".getBytes());
        Renovation attached = renovation.applications().attachDocument(clerk, applied.id(), "结构设计方案", scan);
        assertThat(attached.documents()).filteredOn(FiledDocument::attached).extracting(FiledDocument::name)
                .containsExactly("结构设计方案");

        Renovation approved = renovation.applications().approve(supervisor, applied.id());
        assertThat(approved.state()).isEqualTo(RenovationState.APPROVED);
        ledgerBalances();
    }

    /** Art. 13: a tenant applies with the owner's written consent; art. 14 the licence is always needed. */
    @Test
    void aTenantNeedsTheOwnersConsentAndEveryoneTheBasicDocuments() {
        ApplicationDraft owner = fixture.draft(unit, List.of("墙面"), Set.of("产权证明", "身份证明", "装修方案", "施工单位资质"));
        ApplicationDraft tenant = new ApplicationDraft(unit, "王五", ApplicantKind.TENANT, "", owner.contractor(), "", "",
                owner.plannedFrom(), owner.plannedTo(), owner.scope(), owner.documents());
        Renovation applied = renovation.applications().apply(clerk, tenant, true);
        assertThat(refusal(() -> renovation.applications().approve(supervisor, applied.id()))).endsWith("缺少材料：业主同意书。");

        Renovation bare = renovation.applications().apply(clerk, fixture.draft(unit, List.of("墙面"), Set.of("产权证明")), true);
        assertThat(refusal(() -> renovation.applications().approve(supervisor, bare.id())))
                .endsWith("缺少材料：身份证明、装修方案、施工单位资质。");
    }

    /** The supervisor approves; a clerk cannot. */
    @Test
    void onlyASupervisorApprovesOrRejects() {
        Renovation applied = fixture.applied(unit, List.of("墙面"), RenovationFixture.BASIC_DOCUMENTS);
        try {
            renovation.applications().approve(clerk, applied.id());
            throw new AssertionError("a clerk approved");
        } catch (PermissionDeniedException expected) {
            // as it should be
        }
        Renovation rejected = renovation.applications().reject(supervisor, applied.id(), "施工单位资质过期");
        assertThat(rejected.state()).isEqualTo(RenovationState.REJECTED);
        assertThat(rejected.reviewReason()).contains("施工单位资质过期");
        // rejected before payment: nothing was charged, the ledger is as it was
        assertThat(db.database.dsl().fetchCount(org.sitedesk.core.db.schema.Tables.FEE_CHARGE)).isZero();
        ledgerBalances();
    }

    /** Issue 18 item 3: deposit (setting, default 2,000.00) and fees charged on approval; no permit until paid. */
    @Test
    void thePermitWaitsUntilTheDepositAndFeesArePaid() {
        Renovation approved = fixture.approved(unit);
        assertThat(approved.deposit()).contains(Money.of("2000.00"));
        // management fee 5.00 per m² of 89.75 m² and a fixed debris fee of 300.00
        assertThat(renovation.lookup().unpaid(approved)).extracting(charge -> charge.principal().amount().toPlainString())
                .containsExactlyInAnyOrder("2000.00", "448.75", "300.00");
        assertThat(refusal(() -> renovation.permits().issue(clerk, approved.id())))
                .startsWith("装修申请 ZX-2026-0001 还有未缴费用：").contains("装修押金 ZX-2026-0001 2000.00");

        fixture.pay(approved);
        Renovation issued = renovation.permits().issue(clerk, approved.id());
        assertThat(issued.state()).isEqualTo(RenovationState.IN_PROGRESS);
        assertThat(issued.validFrom()).contains(approved.plannedFrom());
        assertThat(issued.validTo()).contains(approved.plannedTo());
        assertThat(db.services.fees().payments().account(unit, today()).principalOwed()).isEqualTo(Money.ZERO);
        assertThat(renovation.lookup().deposit(issued).held()).isEqualTo(Money.of("2000.00"));
        ledgerBalances();
    }

    /** DOMAIN.md personal information 4: worker ID numbers pass GB 11643; passes are numbered and expire with the permit. */
    @Test
    void workersNeedAValidIdNumberAndGetAPassEndingWithThePermit() {
        Renovation issued = fixture.issued(unit);
        assertThat(refusal(() -> renovation.permits().addWorker(clerk, issued.id(),
                RenovationFixture.worker("赵六", "110105194912310021")))).isEqualTo("身份证号码校验位不正确，请核对。");
        assertThat(renovation.lookup().workers(issued.id())).isEmpty();
        assertThat(refusal(() -> renovation.permits().addWorker(clerk, issued.id(),
                new WorkerDraft("钱七", EstateFixture.ZHANG_SAN_ID, "", "电工", "")))).contains("特种作业操作证");

        Worker worker = renovation.permits().addWorker(clerk, issued.id(), RenovationFixture.worker("赵六", EstateFixture.ZHANG_SAN_ID));
        assertThat(worker.passNumber()).isNotBlank();
        assertThat(renovation.lookup().workers(issued.id())).extracting(Worker::name).containsExactly("赵六");
    }

    /** Art. 17: a violation opens a rectification notice with a deadline; the follow-up closes it. */
    @Test
    void aViolationOpensANoticeThatAFollowUpCloses() {
        Renovation issued = fixture.issued(unit);
        Optional<RectificationNotice> notice = renovation.checks().inspect(clerk, issued.id(), new InspectionDraft(today(),
                "非施工时间电钻作业", List.of(), true, Optional.of("严格按许可时间施工"), Optional.of(today().plusDays(3)), false));
        assertThat(notice).isPresent();
        assertThat(notice.get().number()).isEqualTo("ZX-2026-0001-ZG01");
        assertThat(renovation.lookup().get(issued.id()).state()).isEqualTo(RenovationState.RECTIFYING);

        db.clock.advance(Duration.ofDays(4));
        assertThat(renovation.lookup().due().overdueNotices()).containsExactly("ZX-2026-0001-ZG01");

        renovation.checks().inspect(clerk, issued.id(), new InspectionDraft(today(), "已按时施工", List.of(), false,
                Optional.empty(), Optional.empty(), true));
        assertThat(renovation.lookup().get(issued.id()).state()).isEqualTo(RenovationState.IN_PROGRESS);
        assertThat(renovation.lookup().notices(issued.id())).extracting(RectificationNotice::state)
                .containsExactly(NoticeState.CLOSED);
        assertThat(renovation.lookup().inspections(issued.id())).hasSize(2);
    }

    /** Item 5: an inspection's photos are checked by content and kept under their hash; a file that is no photo is refused. */
    @Test
    void inspectionPhotosAreKeptUnderTheirHashAndAFileThatIsNoPhotoIsRefused() throws Exception {
        Renovation issued = fixture.issued(unit);
        Path photo = java.nio.file.Files.write(folder.resolve("corridor.png"),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        Path notes = java.nio.file.Files.writeString(folder.resolve("photo.jpg"), "not a photo at all");

        assertThat(refusal(() -> renovation.checks().inspect(clerk, issued.id(), new InspectionDraft(today(), "楼道堆放垃圾",
                List.of(notes), false, Optional.empty(), Optional.empty(), false)))).contains("photo.jpg");
        assertThat(renovation.lookup().inspections(issued.id())).as("nothing recorded").isEmpty();

        renovation.checks().inspect(clerk, issued.id(), new InspectionDraft(today(), "楼道堆放垃圾", List.of(photo), false,
                Optional.empty(), Optional.empty(), false));
        Inspection recorded = renovation.lookup().inspections(issued.id()).get(0);
        String hash = org.sitedesk.core.files.HashedFileStore.sha256(java.nio.file.Files.readAllBytes(photo));
        assertThat(recorded.photos()).containsExactly(hash + ":PNG");
        assertThat(renovation.archive().photos(recorded)).singleElement()
                .satisfies(stored -> assertThat(stored.getFileName().toString()).isEqualTo(hash + ".png"));
    }

    /** Art. 17: a notice not complied with escalates to stop-work; the permit ends. */
    @Test
    void stopWorkEndsThePermit() {
        Renovation issued = fixture.issued(unit);
        renovation.checks().inspect(clerk, issued.id(), new InspectionDraft(today(), "擅自拆改承重墙", List.of(), true,
                Optional.empty(), Optional.of(today().plusDays(1)), false));
        Renovation stopped = renovation.checks().stopWork(supervisor, issued.id(), "拒不整改");
        assertThat(stopped.state()).isEqualTo(RenovationState.STOPPED);
        assertThat(renovation.lookup().notices(issued.id())).extracting(RectificationNotice::state)
                .containsExactly(NoticeState.ESCALATED);
        assertThat(refusal(() -> renovation.permits().addWorker(clerk, issued.id(),
                RenovationFixture.worker("赵六", EstateFixture.ZHANG_SAN_ID)))).contains("已停工");
    }

    /** Art. 30: acceptance is refused while a rectification is open; a failed line opens one. */
    @Test
    void acceptanceWaitsForRectificationAndAFailedLineOpensOne() {
        Renovation issued = fixture.issued(unit);
        renovation.checks().inspect(clerk, issued.id(), new InspectionDraft(today(), "楼道堆放垃圾", List.of(), true,
                Optional.empty(), Optional.of(today().plusDays(2)), false));
        List<AcceptanceLine> allPass = renovation.settings().load().checklistLines().stream()
                .map(line -> new AcceptanceLine(line, true)).toList();
        assertThat(refusal(() -> renovation.checks().accept(clerk, issued.id(), allPass, null)))
                .contains("还有未完成的整改通知书：ZX-2026-0001-ZG01");
        renovation.checks().inspect(clerk, issued.id(), new InspectionDraft(today(), "已清运", List.of(), false,
                Optional.empty(), Optional.empty(), true));

        Acceptance failed = renovation.checks().accept(clerk, issued.id(),
                List.of(new AcceptanceLine("防水闭水试验合格", false), new AcceptanceLine("建筑垃圾已清运", true)), null);
        assertThat(failed.passed()).isFalse();
        assertThat(renovation.lookup().get(issued.id()).state()).isEqualTo(RenovationState.RECTIFYING);
        assertThat(renovation.lookup().notices(issued.id()).get(1).correction()).isEqualTo("防水闭水试验合格");
    }

    /** DOMAIN.md renovation 6: the deposit comes back in full after acceptance; its ledger balances to zero. */
    @Test
    void aFullRefundAfterAcceptanceBalancesTheDepositLedger() {
        Renovation accepted = accepted();
        Money refunded = renovation.refunds().refund(supervisor, accepted.id(), List.of(), PaymentMethod.CASH);
        assertThat(refunded).isEqualTo(Money.of("2000.00"));
        Renovation done = renovation.lookup().get(accepted.id());
        assertThat(done.state()).isEqualTo(RenovationState.REFUNDED);
        assertThat(renovation.lookup().deposit(done).held()).isEqualTo(Money.ZERO);
        assertThat(db.services.fees().payments().receipt(done.refundReceipt().orElseThrow()).orElseThrow().refund()).isTrue();
        assertThat(db.services.fees().payments().account(unit, today()).principalOwed()).isEqualTo(Money.ZERO);
        ledgerBalances();
    }

    /** DOMAIN.md renovation 6: itemised deductions become income charges, paid out of the deposit; the rest is refunded. */
    @Test
    void deductionsAreChargedAndTheRestRefundedToTheCent() {
        Renovation accepted = accepted();
        Money refunded = renovation.refunds().refund(supervisor, accepted.id(), List.of(
                new Deduction("损坏楼道墙面", Money.of("300.00")), new Deduction("建筑垃圾未清运", Money.of("120.50"))),
                PaymentMethod.CASH);
        assertThat(refunded).isEqualTo(Money.of("1579.50"));
        Renovation done = renovation.lookup().get(accepted.id());
        DepositLedger ledger = renovation.lookup().deposit(done);
        assertThat(ledger.paid()).isEqualTo(Money.of("2000.00"));
        assertThat(ledger.deducted()).isEqualTo(Money.of("420.50"));
        assertThat(ledger.refunded()).isEqualTo(Money.of("1579.50"));
        assertThat(ledger.held()).isEqualTo(Money.ZERO);
        // the deductions are charged and paid: the unit owes nothing, and has no prepayment from it
        assertThat(db.services.fees().payments().account(unit, today()).principalOwed()).isEqualTo(Money.ZERO);
        assertThat(db.services.fees().payments().account(unit, today()).prepayment()).isEqualTo(Money.ZERO);
        ledgerBalances();
    }

    /** Deductions above the deposit are refused and nothing changes; only a supervisor approves a refund. */
    @Test
    void deductionsAboveTheDepositAreRefused() {
        Renovation accepted = accepted();
        int audit = db.auditRows();
        assertThat(refusal(() -> renovation.refunds().refund(supervisor, accepted.id(),
                List.of(new Deduction("损坏电梯", Money.of("2000.01"))), PaymentMethod.CASH)))
                .isEqualTo("扣款合计 2000.01 超过押金 2000.00。");
        assertThat(db.auditRows()).isEqualTo(audit);
        assertThat(renovation.lookup().get(accepted.id()).state()).isEqualTo(RenovationState.ACCEPTED);
        assertThat(renovation.lookup().due().awaitingRefund()).extracting(Renovation::number).containsExactly(accepted.number());
        try {
            renovation.refunds().refund(clerk, accepted.id(), List.of(), PaymentMethod.CASH);
            throw new AssertionError("a clerk refunded");
        } catch (PermissionDeniedException expected) {
            // as it should be
        }
        ledgerBalances();
    }

    /** Issue 18 item 5: the dashboard lists permits ending this week and works past their end. */
    @Test
    void theDashboardListsPermitsEndingAndOverrun() {
        Renovation issued = fixture.issued(unit);
        assertThat(renovation.lookup().due().expiringThisWeek()).isEmpty();
        db.clock.advance(Duration.ofDays(10));
        assertThat(renovation.lookup().due().expiringThisWeek()).extracting(Renovation::number).containsExactly(issued.number());
        db.clock.advance(Duration.ofDays(10));
        assertThat(renovation.lookup().due().overrun()).extracting(Renovation::number).containsExactly(issued.number());
        Renovation extended = renovation.permits().extend(clerk, issued.id(), today().plusDays(20));
        assertThat(extended.validTo()).contains(today().plusDays(20));
        assertThat(renovation.lookup().due().overrun()).isEmpty();
    }

    private Renovation accepted() {
        Renovation issued = fixture.issued(unit);
        List<AcceptanceLine> allPass = renovation.settings().load().checklistLines().stream()
                .map(line -> new AcceptanceLine(line, true)).toList();
        Acceptance acceptance = renovation.checks().accept(clerk, issued.id(), allPass, null);
        assertThat(acceptance.passed()).isTrue();
        return renovation.lookup().get(issued.id());
    }
}
