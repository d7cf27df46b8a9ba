package org.sitedesk.estate.files;

import java.util.List;
import org.sitedesk.core.i18n.Localizable;

/**
 * The kinds of import file (DESIGN.md "Import formats"), each recognised from its header row.
 * The estate reads units and owners; fees add their own readers for fee items and payments, the
 * archive for its documents.
 */
public enum ImportKind implements Localizable {
    UNITS("import.kind.units", List.of(
            Column.required("room", "房号"), Column.required("building", "楼栋"), Column.required("unit", "单元"),
            Column.required("floor", "楼层"), Column.required("type", "类型"), Column.required("area", "建筑面积"),
            Column.optional("handover", "交付日期"))),
    OWNERS("import.kind.owners", List.of(
            Column.required("room", "房号"), Column.required("name", "姓名"), Column.optional("id_type", "证件类型"),
            Column.required("id_number", "证件号码"), Column.optional("phone", "手机"),
            Column.optional("since", "入住日期"))),
    FEE_ITEMS("import.kind.feeItems", List.of(
            Column.required("code", "编码"), Column.required("name", "名称"), Column.required("basis", "计费方式"),
            Column.required("rate", "单价"), Column.required("applies_to", "适用类型"),
            Column.optional("from", "起始月份"))),
    PAYMENTS("import.kind.payments", List.of(
            Column.required("room", "房号"), Column.required("amount", "金额"), Column.required("paid_at", "缴费日期"),
            Column.required("method", "方式"), Column.optional("reference", "流水号"))),
    ARCHIVE_DOCUMENTS("import.kind.archiveDocuments", List.of(
            Column.required("room", "房号"), Column.required("type", "档案类型"), Column.required("pages", "页数"),
            Column.required("level", "密级"), Column.required("received", "接收日期"), Column.optional("box", "档案盒")));

    private final String messageKey;
    private final List<Column> columns;

    ImportKind(String messageKey, List<Column> columns) {
        this.messageKey = messageKey;
        this.columns = columns;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The English header row, as exports write it. */
    public List<String> englishHeader() {
        return columns.stream().map(Column::english).toList();
    }

    /** A column of an import file with its English and Chinese header names. */
    public record Column(String english, String chinese, boolean required) {
        static Column required(String english, String chinese) {
            return new Column(english, chinese, true);
        }

        static Column optional(String english, String chinese) {
            return new Column(english, chinese, false);
        }

        boolean isNamed(String header) {
            return english.equalsIgnoreCase(header) || chinese.equals(header);
        }
    }
}
