import Testing

@testable import BulletinServe
