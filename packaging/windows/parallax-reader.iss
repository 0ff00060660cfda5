; Inno Setup 6 script for Parallax Reader: a per-user install (no administrator rights needed).
;
; Built by packaging/build.py --installer on Windows, which passes the defines below:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\reader /DOutputDir=dist /DRepoRoot=. parallax-reader.iss
; SourceDir is PyInstaller's one-folder output holding "Parallax Reader.exe" (windowed, what the Start
; menu opens) and reader.exe (console, for the command line).
;
; The user's library lives in %LOCALAPPDATA%\Parallax Reader (platformdirs user_data_dir with
; appauthor=False), outside {app}; the uninstaller removes only what it installed, so the library
; and its saved comparisons stay. INSTALL.md says how to delete them.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef RepoRoot
  #define RepoRoot "..\.."
#endif
#ifndef SourceDir
  #define SourceDir RepoRoot + "\dist\reader"
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist"
#endif
#define AppName "Parallax Reader"
#define AppExe "Parallax Reader.exe"
#define ProgId "ParallaxReader.Article"

[Setup]
AppId={{9A1EB4F6-C029-4D38-8A6F-A9EE78C4E83B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Parallax Reader developers
AppComments=Compare articles about one event and see the framing each outlet adds.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user: installs under %LOCALAPPDATA%\Programs and writes only HKCU.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=Parallax-Reader-{#AppVersion}-windows-x86_64-setup
SetupIconFile={#RepoRoot}\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "assochtml"; Description: "Offer Parallax Reader in ""Open with"" for .html and .htm files"; GroupDescription: "File associations:"; Flags: unchecked
Name: "assocmhtml"; Description: "Offer Parallax Reader in ""Open with"" for .mhtml and .mht web archives"; GroupDescription: "File associations:"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Compare how outlets frame the same event"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; One ProgID, listed under each extension's OpenWithProgids: the app shows up in "Open with" without
; taking the default away from the user's browser. HKA is HKCU for a per-user install.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Article for Parallax Reader"; Flags: uninsdeletekey; Tasks: assochtml assocmhtml
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: assochtml assocmhtml
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: assochtml assocmhtml
Root: HKA; Subkey: "Software\Classes\.html\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assochtml
Root: HKA; Subkey: "Software\Classes\.htm\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assochtml
Root: HKA; Subkey: "Software\Classes\.mhtml\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assocmhtml
Root: HKA; Subkey: "Software\Classes\.mht\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assocmhtml
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".html"; ValueData: ""; Flags: uninsdeletekey; Tasks: assochtml assocmhtml
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".mhtml"; ValueData: ""; Tasks: assochtml assocmhtml

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the install folder (Python byte-code caches and logs written next to the app). Never the
; library in {localappdata}\Parallax Reader.
Type: filesandordirs; Name: "{app}"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    DataDir := ExpandConstant('{localappdata}\Parallax Reader');
    if DirExists(DataDir) then
      MsgBox('Parallax Reader has been removed. Your library (saved articles and comparisons) is kept in:' + #13#10#13#10 + DataDir + #13#10#13#10 + 'Delete that folder yourself if you no longer need it.', mbInformation, MB_OK);
  end;
end;
