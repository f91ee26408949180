package org.entekhabat.cli;

import org.entekhabat.platform.DomainException;
import picocli.CommandLine;

/** A refused command prints one clear line (no stack trace) and exits non-zero. */
class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable cause = rootDomainCause(e);
        String message = cause instanceof DomainException d ? d.messageEn() + " — " + d.messageFa() : describe(e);
        cmd.getErr().println("entekhabat: " + message);
        if (Boolean.getBoolean("entekhabat.debug")) e.printStackTrace(cmd.getErr());
        return cause instanceof DomainException ? 2 : 1;
    }

    private static Throwable rootDomainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException) return t;
        }
        return e;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return msg + " (run with -Dentekhabat.debug=true for details)";
    }
}
