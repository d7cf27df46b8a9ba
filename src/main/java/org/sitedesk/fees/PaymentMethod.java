package org.sitedesk.fees;

import java.util.Locale;
import java.util.Optional;
import org.sitedesk.core.i18n.Localizable;

/** How the money came (recorded only; no online integration). Files may write it in either language. */
public enum PaymentMethod implements Localizable {
    CASH("cash", "现金", "paymentMethod.cash"),
    CARD("card", "银行卡", "paymentMethod.card"),
    WECHAT("wechat", "微信", "paymentMethod.wechat"),
    ALIPAY("alipay", "支付宝", "paymentMethod.alipay"),
    TRANSFER("transfer", "转账", "paymentMethod.transfer");

    private final String word;
    private final String chineseWord;
    private final String messageKey;

    PaymentMethod(String word, String chineseWord, String messageKey) {
        this.word = word;
        this.chineseWord = chineseWord;
        this.messageKey = messageKey;
    }

    public String word() {
        return word;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }

    /** Reads {@code cash}, {@code 现金}, {@code 微信支付}, {@code 银行转账} and the like. */
    public static Optional<PaymentMethod> ofWord(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (PaymentMethod method : values()) {
            if (method.word.equals(wanted) || method.chineseWord.equals(wanted) || wanted.equals(method.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(method);
            }
        }
        return switch (wanted) {
            case "微信支付", "weixin" -> Optional.of(WECHAT);
            case "支付宝支付" -> Optional.of(ALIPAY);
            case "银行转账", "bank transfer" -> Optional.of(TRANSFER);
            case "刷卡", "银联", "pos" -> Optional.of(CARD);
            default -> Optional.empty();
        };
    }
}
