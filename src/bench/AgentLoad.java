/**
 * Loads a native agent into a running JVM with options (jcmd JVMTI.agent_load splits options at '='). Used by
 * deadline-day.sh to start and stop async-profiler around the rush: java AgentLoad.java pid library options
 */
public class AgentLoad {

    public static void main(String[] args) throws Exception {
        com.sun.tools.attach.VirtualMachine vm = com.sun.tools.attach.VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
