package org.sitedesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.sitedesk.support.LostFoundFixture.at;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;
import org.sitedesk.core.settings.SiteSettings;
import org.sitedesk.core.users.Actor;
import org.sitedesk.estate.IdType;
import org.sitedesk.lostfound.ClaimDraft;
import org.sitedesk.lostfound.ClaimReceiptPrintout;
import org.sitedesk.lostfound.FoundItem;
import org.sitedesk.lostfound.HandOverDraft;
import org.sitedesk.lostfound.HandOverListPrintout;
import org.sitedesk.lostfound.LostFoundRegister;
import org.sitedesk.lostfound.LostFoundServices;
import org.sitedesk.lostfound.LostNoticePrintout;
import org.sitedesk.lostfound.RegisterFilter;
import org.sitedesk.support.EstateFixture;
import org.sitedesk.support.LostFoundFixture;
import org.sitedesk.support.TestDatabase;

/**
 * The lost and found printouts as printed (issue 17 items 2, 4, 5, 7): the notice with the public part
 * only, the claim receipt with the masked document and the signature lines, the police hand-over list,
 * the register.
 */
class LostFoundPrintTest {
    private static final Messages CHINESE = new Messages(Language.CHINESE);

    @TempDir
    Path folder;
    private TestDatabase db;
    private LostFoundFixture fixture;
    private LostFoundServices lostFound;
    private Actor admin;
    private PrintStamp stamp;

    @BeforeEach
    void open() {
        db = new TestDatabase(folder);
        admin = db.administrator();
        db.services.core().siteSettings().save(admin, new SiteSettings("翠湖花园物业服务中心", "0571-87654321"));
        fixture = new LostFoundFixture(db);
        lostFound = db.services.lostFound();
        stamp = PrintStamp.of(db.services.core().siteSettings().load(), admin, LocalDateTime.now(db.clock), CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PdfPages pdf(Printout printout) {
        return new PdfPages(db.services.print().reports().pdf(printout));
    }

    /** The notice shows what, where and when, never the private part, the cash or the finder (issue 17 item 2). */
    @Test
    void theNoticeShowsThePublicPartOfEveryItemAndNothingOnlyTheOwnerKnows() throws Exception {
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        FoundItem umbrella = fixture.log(LostFoundFixture.umbrella(at("2026-11-23T07:45")));
        List<FoundItem> posted = lostFound.notices().post(admin, List.of(wallet.number(), umbrella.number()),
                LocalDate.of(2026, 11, 23));

        PdfPages notice = pdf(LostNoticePrintout.of(posted, stamp, CHINESE));

        // lines wrap where the page ends them: read the text as one line
        String text = notice.text().replace("\n", "").replace("\r", "");
        assertThat(text).contains("招领启事", "翠湖花园物业服务中心", "SW-2026-000001", "黑色皮革钱包", "3栋1单元大堂", "2026-11-22",
                "SW-2026-000002", "蓝色折叠雨伞", "南门岗亭", "2027-11-23", "张贴日期：2026-11-23", "0571-87654321",
                "第三百一十八条");
        assertThat(text).doesNotContain("身份证、招商", "全家福", "520.50", "520", "李秀英", "王建军", "前台保险柜", "白色胶布",
                "陈小红");
        assertThat(notice.count()).isEqualTo(1);
        assertThat(notice.sizes().get(0)[0]).isCloseTo(595, offset(1f));
        assertThat(notice.sizes().get(0)[1]).isCloseTo(842, offset(1f));
        notice.assertEveryFontEmbedded();
    }

    /** 领取单: the claimant's document masked, the proof, what was returned, the cost as a note, the signature lines. */
    @Test
    void theClaimReceiptHasTheMaskedDocumentTheProofAndTheSignatureLines() throws Exception {
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        FoundItem claimed = lostFound.claims().claim(admin, wallet.number(), new ClaimDraft("张三", IdType.RESIDENT_ID,
                EstateFixture.ZHANG_SAN_ID, "13800138000", "说出了夹层里的全家福照片", "", "", Optional.empty()));

        PdfPages receipt = pdf(ClaimReceiptPrintout.of(claimed, "GS-2026-000001", stamp, CHINESE, db.clock.getZone()));

        assertThat(receipt.text()).contains("失物领取单", "SW-2026-000001", "黑色皮革钱包", "张三", "身份证 110105********002X",
                "138****8000", "说出了夹层里的全家福照片", "黑色皮革钱包（¥520.50）", "2026-11-23 09:00", "领取人签字", "经办人签字",
                "第三百一十七条", "GS-2026-000001")
                .doesNotContain(EstateFixture.ZHANG_SAN_ID, "13800138000");
        assertThat(receipt.sizes().get(0)[0]).isCloseTo(595, offset(1f));
        assertThat(receipt.sizes().get(0)[1]).isCloseTo(420, offset(1f));
    }

    /** The hand-over list carries what the officer checks the items against, the cash total and the lines they sign. */
    @Test
    void theHandOverListNamesTheStationTheOfficerAndEveryItemWithItsCash() throws Exception {
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        FoundItem umbrella = fixture.log(LostFoundFixture.umbrella(at("2026-11-23T07:45")));
        List<FoundItem> handed = lostFound.handOvers().handOver(admin, List.of(wallet.number(), umbrella.number()),
                new HandOverDraft("朝阳区东湖派出所", "刘建华", "011234", LocalDate.of(2026, 11, 23)));

        String text = pdf(HandOverListPrintout.of(handed, stamp, CHINESE)).text();

        assertThat(text).contains("拾得物品移交清单", "朝阳区东湖派出所", "刘建华（警号 011234）", "2026-11-23", "黑色皮革钱包",
                "全家福", "520.50", "蓝色折叠雨伞", "共 2 件，现金合计 ¥520.50。", "接收民警签字", "移交人签字");
    }

    /** 失物招领登记簿 printed with the register's columns, public part only, what became of each item. */
    @Test
    void theRegisterPrintsEveryItemWithWhatBecameOfIt() throws Exception {
        FoundItem wallet = fixture.log(LostFoundFixture.wallet(at("2026-11-22T18:30")));
        fixture.log(LostFoundFixture.umbrella(at("2026-11-23T07:45")));
        lostFound.claims().claim(admin, wallet.number(), new ClaimDraft("张三", IdType.RESIDENT_ID, EstateFixture.ZHANG_SAN_ID,
                "", "", "", "", Optional.empty()));
        List<FoundItem> items = lostFound.lookup().register(admin, RegisterFilter.all());

        PdfPages register = pdf(new LostFoundRegister(CHINESE, LocalDate.now(db.clock)).printout(items, "", stamp));

        assertThat(register.text()).contains("失物招领登记簿", "共 2 条", "编号", "拾得时间", "去向", "SW-2026-000001", "黑色皮革钱包",
                "已认领", "张三 认领", "蓝色折叠雨伞", "在库待领").doesNotContain("全家福");
    }
}
