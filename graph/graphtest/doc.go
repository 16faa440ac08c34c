// Package graphtest helps tests build stores and fixtures. It is meant for
// _test.go files of actorgraph's packages.
package graphtest
