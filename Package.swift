// swift-tools-version:6.0
import PackageDescription

/// Layers, from the bottom up:
/// Catalogue (every human-facing text, zh + en) → PlanModel (pure) → PlanStore (files) / NoticeImport (pure text → plan) / PlanReports (pure)
/// → DashboardCore (pure UI: state + key → state, state → cell grid)
/// → CNcursesw + TerminalUI (thin ncursesw backend) → plandash (thin executable).
let package = Package(
    name: "plandash",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plandash", targets: ["plandash"]),
        .executable(name: "plandash-bench", targets: ["plandash-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "Catalogue"),
        .target(name: "PlanModel", dependencies: ["Catalogue"]),
        .target(name: "PlanStore", dependencies: ["PlanModel", "Yams"]),
        .target(name: "NoticeImport", dependencies: ["Catalogue", "PlanModel"]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CNoticeXML", dependencies: ["CLibXML2"]),
        .target(name: "NoticeFormats", dependencies: ["Catalogue", "NoticeImport", "PlanModel", "CNoticeXML", "ZIPFoundation"]),
        .target(name: "PlanReports", dependencies: ["PlanModel"]),
        .target(name: "PlanSharing", dependencies: ["Catalogue", "PlanModel", "PlanStore"]),
        .target(name: "PlanForms", dependencies: ["PlanModel", "PlanStore", "PlanReports", "Catalogue", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "DashboardCore", dependencies: ["Catalogue", "PlanModel"]),
        .target(name: "CNcursesw", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "TerminalUI", dependencies: ["Catalogue", "DashboardCore", "PlanModel", "CNcursesw"]),
        .target(name: "DashboardRunner", dependencies: ["Catalogue", "DashboardCore", "TerminalUI", "PlanModel", "PlanStore", "PlanReports", "PlanSharing"]),
        .executableTarget(name: "plandash", dependencies: [
            "Catalogue", "PlanModel", "PlanStore", "NoticeImport", "NoticeFormats", "PlanReports", "DashboardCore", "DashboardRunner", "TerminalUI",
            "PlanSharing", "PlanForms",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "plandash-bench", dependencies: [
            "PlanModel", "PlanStore", "PlanReports", "DashboardCore", "DashboardRunner",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "TestSupport", dependencies: ["Catalogue"], path: "Tests/TestSupport"),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel", "TestSupport"]),
        .testTarget(name: "PlanStoreTests", dependencies: ["PlanModel", "PlanStore", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["plandash", "PlanModel", "PlanStore", "TestSupport",
            "Catalogue", "PlanReports"]),
        .testTarget(name: "TerminalUITests", dependencies: ["Catalogue", "TerminalUI", "DashboardCore"]),
        .testTarget(name: "PlanReportsTests", dependencies: ["PlanReports", "PlanModel", "PlanStore", "TestSupport"], exclude: ["Fixtures", "Golden"]),
        .testTarget(name: "DashboardCoreTests", dependencies: ["Catalogue", "DashboardCore", "PlanModel", "PlanStore", "TestSupport"], exclude: ["Golden"]),
        .testTarget(name: "DashboardAppTests", dependencies: ["Catalogue", "DashboardRunner", "DashboardCore", "PlanModel", "PlanStore", "PlanSharing", "TestSupport"]),
        .testTarget(name: "SharingTests", dependencies: ["PlanSharing", "PlanStore", "PlanModel", "plandash", "TestSupport"]),
        .testTarget(name: "FormsTests", dependencies: ["PlanForms", "PlanModel", "PlanStore", "Catalogue", "plandash", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "NoticeImportTests", dependencies: [
            "NoticeImport", "NoticeFormats", "PlanModel", "PlanStore", "plandash", "TestSupport",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], exclude: ["Fixtures"]),
        .testTarget(name: "HostileInputTests", dependencies: ["plandash", "PlanModel", "PlanStore", "DashboardCore", "TestSupport"]),
    ]
)
