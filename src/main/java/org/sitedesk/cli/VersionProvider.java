package org.sitedesk.cli;

import org.sitedesk.core.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the build's version and the Java it runs on. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "SiteDesk " + AppVersion.current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
