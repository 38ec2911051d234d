#if canImport(Glibc)
  import Glibc
#endif

// The executable's entry point hands control to libFuzzer's driver (SwiftPM names every executable's
// entry point itself, so libFuzzer's own `main` cannot be used): it parses the libFuzzer flags and
// calls `fuzzTestOneInput` with each input.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<Int32>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, { data, size in fuzzTestOneInput(data, size) }))
