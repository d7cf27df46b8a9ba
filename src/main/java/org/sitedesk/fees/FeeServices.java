package org.sitedesk.fees;

import org.sitedesk.core.CoreServices;
import org.sitedesk.core.db.Transactions;
import org.sitedesk.estate.EstateService;

/**
 * Fee collection's services, split by use case: items, billing, payments, adjustments, arrears, shifts,
 * and the one-off charges and deposits other features take at the counter.
 */
public record FeeServices(
        FeeSettingsService settings,
        FeeItemService items,
        BillingService billing,
        PaymentService payments,
        AdjustmentService adjustments,
        FeeItemImport itemImport,
        ArrearsService arrears,
        DunningService dunning,
        PaymentImport paymentImport,
        ShiftService shifts,
        OneOffCharges oneOffCharges) {

    public static FeeServices wire(CoreServices core, EstateService units) {
        Transactions transactions = core.transactions();
        FeeSettingsService settings = new FeeSettingsService(transactions, core.audit());
        FeeItemService items = new FeeItemService(transactions, core.audit(), core.clock());
        ArrearsService arrears = new ArrearsService(transactions, settings, units);
        PaymentService payments = new PaymentService(transactions, core.audit(), core.clock(), settings, items, units);
        BillingService billing = new BillingService(transactions, core.audit(), core.clock(), units, items, settings);
        return new FeeServices(
                settings,
                items,
                billing,
                payments,
                new AdjustmentService(transactions, core.audit(), core.clock(), settings),
                new FeeItemImport(transactions, core.audit(), items),
                arrears,
                new DunningService(transactions, core.audit(), core.clock(), arrears),
                new PaymentImport(transactions, core.audit(), core.clock(), payments, settings, units),
                new ShiftService(transactions, core.audit(), core.clock(), core.database(), payments,
                        core.backupSettings()),
                new OneOffCharges(transactions, core.audit(), core.clock(), payments));
    }
}
