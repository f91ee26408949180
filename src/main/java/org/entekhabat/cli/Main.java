package org.entekhabat.cli;

/** The artifact's entry point: hands the arguments to the picocli command tree. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // server commands return only once their context has closed
        System.exit(EntekhabatCommand.run(args));
    }
}
