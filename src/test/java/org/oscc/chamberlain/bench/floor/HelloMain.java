package org.oscc.chamberlain.bench.floor;

/** The floor of "cli" for {@code --version}: a hello-world main on the same runtime (compiled before it is timed). */
public class HelloMain {
    public static void main(String[] args) {
        System.out.println("Hello");
    }
}
