@echo off
rem Windows end of `mvn -Pdist package`: builds the MSI from the app image Maven just built.
rem   package.cmd DIST_DIR JAVA_HOME INSTALLERS(true|false)
setlocal
if /I not "%~3"=="true" exit /b 0
"%~2\bin\jpackage.exe" "@%~1\jpackage.options" @packaging\windows\installer.options --app-image "%~1\Chamberlain" --dest "%~1"
exit /b %ERRORLEVEL%
