package org.sitedesk.repair;

/**
 * The two figures the site sets a target for (DOMAIN.md "Repair service levels"): rework at most
 * {@code reworkPercent}, satisfaction at least {@code satisfactionPercent}. A figure with nothing
 * to divide by misses nothing.
 */
public record ServiceTargets(int reworkPercent, int satisfactionPercent) {
    public static ServiceTargets of(RepairSettings settings) {
        return new ServiceTargets(settings.reworkTargetPercent(), settings.satisfactionTargetPercent());
    }

    public boolean reworkMissed(Rate rework) {
        return rework.above(reworkPercent);
    }

    public boolean satisfactionMissed(Rate satisfaction) {
        return satisfaction.below(satisfactionPercent);
    }
}
