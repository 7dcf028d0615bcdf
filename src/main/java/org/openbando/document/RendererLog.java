package org.openbando.document;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * openhtmltopdf's log, sent to the application's log under its own categories ({@code com.openhtmltopdf.*}).
 * Without it openhtmltopdf writes to the console with a handler of its own, several INFO lines per document (fonts
 * loaded, stylesheets parsed). Its INFO is demoted to DEBUG; warnings and errors stay what they are.
 */
final class RendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        Logger.getLogger(where).log(level(level), msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger.getLogger(where).log(level(level), msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the application's logging configuration decides
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger(diagnostic.getLogMessageId().getWhere()).isEnabled(level(diagnostic.getLevel()));
    }

    private static Logger.Level level(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        if (value >= Level.WARNING.intValue()) {
            return Logger.Level.WARN;
        }
        if (value >= Level.INFO.intValue()) {
            return Logger.Level.DEBUG;
        }
        return Logger.Level.TRACE;
    }
}
