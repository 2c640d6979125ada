"""The codewriter: annotated flow graphs -> jitcodes (see docs/design-jit.md)."""
