package org.sitedesk.shell;

import java.lang.invoke.MethodHandles;
import java.util.List;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * Prepares the icons' classes on the launching thread while the FX thread builds the window: each
 * icon set is an enum of several hundred icons, and the frame, the sign-in and the navigation set up
 * fourteen of them, about 80 ms the FX thread would otherwise spend before the window answers.
 * Plain Java, no JavaFX: the JVM makes the FX thread wait for a class another thread is setting up,
 * so nothing is done twice. The header's and status bar's sets come first, the navigation's after.
 */
final class IconWarmUp {
    private static final List<Class<?>> ICON_SETS = List.of(
            MaterialDesignO.class, MaterialDesignM.class, MaterialDesignS.class, MaterialDesignL.class,
            MaterialDesignA.class, MaterialDesignD.class,
            MaterialDesignB.class, MaterialDesignC.class, MaterialDesignF.class, MaterialDesignH.class,
            MaterialDesignK.class, MaterialDesignR.class, MaterialDesignV.class, MaterialDesignW.class);

    private IconWarmUp() {
    }

    static void run() {
        try {
            for (Class<?> iconSet : ICON_SETS) {
                MethodHandles.lookup().ensureInitialized(iconSet);
            }
        } catch (IllegalAccessException | RuntimeException | LinkageError e) {
            // only a head start: the window sets up whatever is missing itself
        }
    }
}
