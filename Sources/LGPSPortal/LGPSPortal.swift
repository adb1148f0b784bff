/// The member portal's account rules: passwords, two-factor codes, activation keys, throttling and the fund's
/// portal settings (security checklist AUTH-, SESS-, CRYPTO- items). No HTTP and no SQL here.
public enum LGPSPortal {}
