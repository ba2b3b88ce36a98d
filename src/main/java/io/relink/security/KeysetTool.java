package io.relink.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line for operators: {@code generate} prints a new keyset; {@code rotate FILE} prints
 * FILE's keyset with a new primary key added (old secrets keep opening). See the README.
 */
public final class KeysetTool {

    private KeysetTool() {}

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("generate")) {
            System.out.println(Keysets.json(Keysets.generate()));
        } else if (args.length == 2 && args[0].equals("rotate")) {
            System.out.println(
                    Keysets.json(
                            Keysets.rotate(Keysets.parse(Files.readString(Path.of(args[1]))))));
        } else {
            System.err.println("usage: KeysetTool generate | KeysetTool rotate <keyset.json>");
            System.exit(2);
        }
    }
}
