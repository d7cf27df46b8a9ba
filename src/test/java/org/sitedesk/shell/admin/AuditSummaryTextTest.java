package org.sitedesk.shell.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitedesk.core.i18n.Language;
import org.sitedesk.core.i18n.Messages;

/** Language-neutral audit summaries shown in the window's language, fee entries included. */
class AuditSummaryTextTest {
    private final AuditSummaryText chinese = new AuditSummaryText(new Messages(Language.CHINESE));

    @Test
    void aPaymentShowsItsFieldsAndMethodInChinese() {
        assertThat(chinese.show("room: 3-2-1502; amount: 100.00; method: WECHAT; paid_on: 2026-11-20; reason: 到账单迟到"))
                .isEqualTo("房号：3-2-1502；金额：100.00；付款方式：微信；缴费日期：2026-11-20；原因：到账单迟到");
    }

    @Test
    void feeItemsRemindersAndSettingsToo() {
        assertThat(chinese.show("item: 物业服务费; basis: AREA; rate: 0.60; from: 2026-01"))
                .isEqualTo("项目：物业服务费；计费方式：按面积；单价：0.60；执行月份：2026-01");
        assertThat(chinese.show("reminded_on: 2026-11-23; way: PHONE; result: 答应月底来缴"))
                .isEqualTo("催缴日期：2026-11-23；方式：电话；结果：答应月底来缴");
        assertThat(chinese.show("site.fees.dueDay: 10 → 15")).isEqualTo("每月缴费截止日：10 → 15");
    }

    @Test
    void repairMovesShowTheirStatesAndLevelsInChinese() {
        assertThat(chinese.show("type: REPAIR; location: 3-2-1502; category: WATER; priority: EMERGENCY"))
                .isEqualTo("类型：报修；位置：3-2-1502；类别：WATER；紧急程度：急修");
        assertThat(chinese.show("state: DONE → RETURN_VISIT")).isEqualTo("状态：已完工 → 待回访");
        assertThat(chinese.show("way: VISIT; satisfaction: DISSATISFIED")).isEqualTo("方式：上门回访；满意度：不满意");
    }

    @Test
    void archiveLoansAndDestructionsShowTheirFieldsAndLevelsInChinese() {
        assertThat(chinese.show("borrower: 李工; reason: 核对图纸; due: 2026-11-26; level: SECRET; reading_room_only: true"))
                .isEqualTo("借阅人：李工；原因：核对图纸；应还日期：2026-11-26；密级：机密；仅限室内查阅：是");
        assertThat(chinese.show("destroyed_on: 2026-11-23; destroy_method: 碎纸机粉碎; witness: 钱监销; scans_deleted: 1"))
                .isEqualTo("销毁日期：2026-11-23；销毁方式：碎纸机粉碎；监销人：钱监销；删除扫描件：1");
    }

    @Test
    void lostAndFoundEntriesShowTheirFieldsAndValuesInChinese() {
        assertThat(chinese.show("category: WALLET; value: VALUABLE; amount: 520.50; cash_witness: 李秀英"))
                .isEqualTo("类别：WALLET；价值：贵重；金额：520.50；见证人：李秀英");
        assertThat(chinese.show("way: DONATED; disposal_due: 2026-11-29")).isEqualTo("方式：捐赠；到期日：2026-11-29");
        assertThat(chinese.show("station: 北山派出所; officer: 刘建华 011234; handed_on: 2026-11-23"))
                .isEqualTo("接收单位：北山派出所；接收民警：刘建华 011234；移交日期：2026-11-23");
        assertThat(chinese.show("state: RETURNED; found_item: SW-2026-000001")).isEqualTo("状态：已归还；物品编号：SW-2026-000001");
    }
}
