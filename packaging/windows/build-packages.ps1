# Builds the Windows installer from target/cloudhub-order.jar and target/lib. Run by `mvn -B -Ppackage package
# -DskipTests` on Windows (the pom's javafx-win profile points the "package" profile here), which passes the
# same settings as for Linux as environment variables: APP_VERSION, JDK_MODULES, JAVA_OPTIONS, MAIN_CLASS,
# JAVAFX_PLATFORM (win), TARGET.
#   target\dist\runtime\                  jlink runtime: JDK modules + JavaFX modules, JavaFX DLLs in runtime\bin
#   target\dist\Cloudhub Order\           jpackage app-image (launcher "Cloudhub Order.exe")
#   target\dist\Cloudhub Order-<v>.msi    the installer
# Needs: JDK 17 (jlink, jpackage) and WiX Toolset 3 (candle.exe, light.exe on PATH; JDK 17's jpackage does not
# work with WiX 4 or later). The workflow installs WiX 3.14.1 with Chocolatey.
#
# Signing (optional; skipped while the variables are unset):
#   WINDOWS_CERT           path of a code-signing certificate (.pfx); signs the launcher and the .msi with signtool
#   WINDOWS_CERT_PASSWORD  its password
#   WINDOWS_TIMESTAMP_URL  RFC 3161 time-stamp server (default http://timestamp.digicert.com)
#   SIGNTOOL               signtool.exe of the Windows SDK, when it is not on PATH
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

foreach ($name in 'APP_VERSION', 'JDK_MODULES', 'JAVA_OPTIONS', 'MAIN_CLASS', 'TARGET') {
    if (-not [Environment]::GetEnvironmentVariable($name)) { throw "$name is not set (run: mvn -B -Ppackage package)" }
}
$AppName = 'Cloudhub Order'
$Jar = 'cloudhub-order'
$Platform = if ($env:JAVAFX_PLATFORM) { $env:JAVAFX_PLATFORM } else { 'win' }
# Never change this UUID: Windows Installer recognises a newer .msi as an upgrade of the installed one by it.
# A new UUID would install a second copy beside the old one. (Generated once for 1.0.0.)
$UpgradeUuid = '5e919d39-3bee-42f2-8fcb-00038dafd4cb'
$Vendor = 'Cloudhub'
$Description = 'Order plusserver Caching as a Service (Valkey 8)'

$BaseDir = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $BaseDir
$Target = $env:TARGET
$Dist = Join-Path $Target 'dist'
$Work = Join-Path $Target 'package-work'
function Say($text) { Write-Host "[package] $text" }
function Invoke-Tool {
    param([string] $Tool, [string[]] $Arguments)
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Tool failed with exit code $LASTEXITCODE" }
}

Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Dist, $Work
$AppInput = Join-Path $Work 'input'
New-Item -ItemType Directory -Force $Dist, $AppInput | Out-Null

# --- the app's jars, without the JavaFX jars (they become modules of the runtime) ----------------------
Copy-Item (Join-Path $Target "$Jar.jar") $AppInput
Get-ChildItem (Join-Path $Target 'lib') -Filter *.jar | Where-Object { $_.Name -notlike 'javafx-*' } |
    ForEach-Object { Copy-Item $_.FullName $AppInput }

# --- the Linux launcher's options that need its install step are left out: there is no CDS archive (the JDK's
# own default archive is used instead; a missing archive file would switch all sharing off) and SQLite's
# and JNA's native libraries come from their jars (the jars keep all their natives here) -------------
$JavaOptions = ($env:JAVA_OPTIONS -replace '-XX:SharedArchiveFile=\S+', '' -replace '-Dorg\.sqlite\.lib\.path=\S+', '' -replace '-Djna\.[A-Za-z.]+=\S+', '' -replace '\s+', ' ').Trim()

# --- jlink runtime ---------------------------------------------------------------------------------
$FxJars = (Get-ChildItem (Join-Path $Target 'lib') -Filter "javafx-*-$Platform.jar" | ForEach-Object { $_.FullName }) -join ';'
if (-not $FxJars) { throw "no javafx-*-$Platform.jar in $Target\lib" }
$Runtime = Join-Path $Dist 'runtime'
Invoke-Tool jlink @('--module-path', $FxJars,
    '--add-modules', "$($env:JDK_MODULES),javafx.base,javafx.graphics,javafx.controls",
    '--include-locales=en,de', '--exclude-resources', 'glob:/javafx.graphics/*.dll',
    '--strip-debug', '--no-header-files', '--no-man-pages', '--compress=2', '--output', $Runtime)
# the JavaFX DLLs beside the JDK's own, where JavaFX loads them from (else it unpacks them into the user's
# folder); the C runtime DLLs JavaFX also carries are taken only where the JDK has none of its own
$Graphics = Get-ChildItem (Join-Path $Target 'lib') -Filter "javafx-graphics-*-$Platform.jar" | Select-Object -First 1
Add-Type -AssemblyName System.IO.Compression.FileSystem
$Zip = [System.IO.Compression.ZipFile]::OpenRead($Graphics.FullName)
try {
    $Zip.Entries | Where-Object { $_.FullName -like '*.dll' } | ForEach-Object {
        $to = Join-Path $Runtime "bin\$($_.Name)"
        if (-not (Test-Path $to)) { [System.IO.Compression.ZipFileExtensions]::ExtractToFile($_, $to) }
    }
} finally { $Zip.Dispose() }
Say "jlink runtime: $([math]::Round((Get-ChildItem -Recurse $Runtime | Measure-Object Length -Sum).Sum / 1MB)) MB"

function Sign-File($file) {
    if (-not $env:WINDOWS_CERT) { return }
    $stamp = if ($env:WINDOWS_TIMESTAMP_URL) { $env:WINDOWS_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }
    $tool = if ($env:SIGNTOOL) { $env:SIGNTOOL } else { 'signtool' }
    $password = if ($env:WINDOWS_CERT_PASSWORD) { @('/p', $env:WINDOWS_CERT_PASSWORD) } else { @() }
    Invoke-Tool $tool (@('sign', '/f', $env:WINDOWS_CERT) + $password + @('/fd', 'sha256', '/tr', $stamp, '/td', 'sha256',
        '/d', $AppName, $file))
    Say "signed $file"
}

# --- app-image (its launcher signed before it goes into the installer) -------------------------------
$Common = @('--name', $AppName, '--app-version', $env:APP_VERSION, '--vendor', $Vendor, '--description', $Description,
    '--dest', $Dist)
Invoke-Tool jpackage (@('--type', 'app-image') + $Common + @('--icon', 'packaging\windows\cloudhub-order.ico',
    '--runtime-image', $Runtime, '--input', $AppInput, '--main-jar', "$Jar.jar", '--main-class', $env:MAIN_CLASS,
    '--java-options', $JavaOptions))
$Image = Join-Path $Dist $AppName
Sign-File (Join-Path $Image "$AppName.exe")

# --- .msi: per-user (no administrator needed; %LOCALAPPDATA%\Cloudhub Order unless the person picks
# another folder), Start menu entry in "Cloudhub", a desktop shortcut the person may decline, draft files
# associated; upgrades in place thanks to the fixed upgrade UUID ---------------------------------------
Invoke-Tool jpackage (@('--type', 'msi') + $Common + @('--app-image', $Image,
    '--file-associations', 'packaging\windows\cloudhub-order-file.properties',
    '--win-upgrade-uuid', $UpgradeUuid, '--win-per-user-install', '--win-dir-chooser',
    '--win-menu', '--win-menu-group', $Vendor, '--win-shortcut', '--win-shortcut-prompt'))
$Msi = Get-ChildItem $Dist -Filter *.msi | Select-Object -First 1
Sign-File $Msi.FullName
Say "$($Msi.Name): $([math]::Round($Msi.Length / 1MB)) MB"
